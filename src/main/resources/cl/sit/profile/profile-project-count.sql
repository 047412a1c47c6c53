-- Projects with an amount in the period that touch the unit.
SELECT COUNT(*)
FROM investment_unit_share u
WHERE u.unidad = ?
  AND EXISTS (SELECT 1 FROM investment_amount a WHERE a.project_id = u.project_id AND a.anio BETWEEN ? AND ?)
