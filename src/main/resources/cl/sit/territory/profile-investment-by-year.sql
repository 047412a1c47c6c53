-- Investment of an administrative unit per year from the stored commune shares (the unit's communes are those
-- whose CUT starts with its CUT, bound as '141%'). {amount} is a whitelisted column (programado_clp or
-- ejecutado_clp). Same arithmetic as cl/sit/indicators/select-amounts.sql.
SELECT a.anio, SUM(a.{amount} * s.share)
FROM investment_territory s
JOIN investment_amount a ON a.project_id = s.project_id
WHERE s.cut LIKE ? AND a.anio BETWEEN ? AND ?
GROUP BY a.anio
ORDER BY a.anio
