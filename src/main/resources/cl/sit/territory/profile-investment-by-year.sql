-- Investment of a unit (any kind: commune, province, region, custom territory, former unit) per year: each
-- project's amounts times its share in the unit (investment_unit_share). {amount} is a whitelisted column
-- (programado_clp or ejecutado_clp). Same arithmetic as cl/sit/indicators/select-amounts.sql.
SELECT a.anio, SUM(a.{amount} * u.share)
FROM investment_unit_share u
JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.unidad = ? AND a.anio BETWEEN ? AND ?
GROUP BY a.anio
ORDER BY a.anio
