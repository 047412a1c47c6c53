-- What the pairs' ON DELETE CASCADE did, once their foreign keys are gone (OverlapKeysOffH2, PairsOfDeletedProject).
CREATE TRIGGER investment_project_pairs_deleted AFTER DELETE ON investment_project FOR EACH ROW
    CALL 'cl.sit.investment.PairsOfDeletedProject'
