-- Projects with an amount in the period that touch the unit.
SELECT COUNT(DISTINCT s.project_id)
FROM investment_territory s
JOIN investment_amount a ON a.project_id = s.project_id
WHERE s.cut LIKE ? AND a.anio BETWEEN ? AND ?
