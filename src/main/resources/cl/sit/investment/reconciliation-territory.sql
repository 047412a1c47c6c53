-- The projects of one territory for select-reconciliation.sql: those with a share in the unit (investment_unit_share)
-- or declaring one of its communes (the array), read through the indexes instead of every project.
(SELECT u.project_id AS id FROM investment_unit_share u WHERE u.unidad = ?
 UNION
 SELECT d.id FROM investment_project d WHERE d.comuna_declarada = ANY(?)) c
JOIN investment_project p ON p.id = c.id
