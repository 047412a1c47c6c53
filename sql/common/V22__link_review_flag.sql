-- Whether a project's link needs review (the reconciliation list), kept when the project is linked
-- (cl.sit.investment.ReconciliationIssue.needsReview), so the list reads the few flagged projects instead of testing
-- every project of a region (775 ms for a region of 45,000 at 1,000,000 projects). The update below is that rule
-- once, in SQL, for links made before this version.
ALTER TABLE investment_link ADD COLUMN revisar boolean DEFAULT FALSE NOT NULL;
UPDATE investment_link l SET revisar = (
    l.fuera_de_comunas > 0.05 OR l.distancia_comuna_m IS NOT NULL
    OR NOT EXISTS (SELECT 1 FROM investment_territory e WHERE e.project_id = l.project_id)
    OR EXISTS (SELECT 1 FROM investment_project p
               WHERE p.id = l.project_id AND p.comuna_declarada IS NOT NULL
                 AND NOT EXISTS (SELECT 1 FROM investment_territory d
                                 WHERE d.project_id = p.id AND d.cut = p.comuna_declarada)));
CREATE INDEX investment_link_revisar_idx ON investment_link (revisar);
