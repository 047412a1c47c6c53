-- The part outside every commune of the projects that touch an administrative unit,
-- CLP of the period: given to no commune, so never in the unit's total; the profile shows it beside the total.
-- {amount} as in profile-investment-by-year.sql.
-- {in_unit} is 'LIKE ?' bound as '141%' (the communes whose CUT starts with the unit's) or, for a former unit,
-- '= ANY(?)' bound as the array of today's communes it is made of (ProfileUnit.inUnit).
SELECT COALESCE(SUM(a.{amount} * l.parte_sin_comuna), 0)
FROM investment_link l
JOIN investment_amount a ON a.project_id = l.project_id
WHERE EXISTS (SELECT 1 FROM investment_territory s WHERE s.project_id = l.project_id AND s.cut {in_unit})
  AND l.parte_sin_comuna > 0 AND a.anio BETWEEN ? AND ?
