-- The foreign keys of the stored overlap pairs, by the names H2 gave them (OverlapKeysOffH2).
SELECT CONSTRAINT_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS
WHERE TABLE_SCHEMA = CURRENT_SCHEMA AND TABLE_NAME = 'investment_overlap' AND CONSTRAINT_TYPE = 'FOREIGN KEY'
