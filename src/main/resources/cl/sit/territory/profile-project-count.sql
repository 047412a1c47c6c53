-- Projects with an amount in the period that touch the unit.
-- {in_unit} is 'LIKE ?' bound as '141%' (the communes whose CUT starts with the unit's) or, for a former unit,
-- '= ANY(?)' bound as the array of today's communes it is made of (ProfileUnit.inUnit).
SELECT COUNT(DISTINCT s.project_id)
FROM investment_territory s
JOIN investment_amount a ON a.project_id = s.project_id
WHERE s.cut {in_unit} AND a.anio BETWEEN ? AND ?
