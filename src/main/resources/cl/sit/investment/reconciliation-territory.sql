-- The projects of one territory for select-reconciliation.sql: those with a share in the unit (investment_unit_share)
-- or declaring one of its communes (the array).
AND (EXISTS (SELECT 1 FROM investment_unit_share u WHERE u.unidad = ? AND u.project_id = p.id)
     OR p.comuna_declarada = ANY(?))
