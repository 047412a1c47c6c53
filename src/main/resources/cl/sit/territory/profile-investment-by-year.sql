-- Investment of an administrative unit per year from the stored commune shares (the unit's communes are those
-- whose CUT starts with its CUT). {amount} is a whitelisted column (programado_clp or
-- ejecutado_clp). Same arithmetic as cl/sit/indicators/select-amounts.sql.
-- {in_unit} is 'LIKE ?' bound as '141%' (the communes whose CUT starts with the unit's) or, for a former unit,
-- '= ANY(?)' bound as the array of today's communes it is made of (ProfileUnit.inUnit).
SELECT a.anio, SUM(a.{amount} * s.share)
FROM investment_territory s
JOIN investment_amount a ON a.project_id = s.project_id
WHERE s.cut {in_unit} AND a.anio BETWEEN ? AND ?
GROUP BY a.anio
ORDER BY a.anio
