-- Investment of a unit (any kind: commune, province, region, custom territory, former unit) per year, programmed and
-- spent: each project's amounts times its share in the unit (investment_unit_share). Same arithmetic as
-- cl/sit/indicators/select-amounts.sql.
SELECT a.anio, SUM(a.programado_clp * u.share), SUM(a.ejecutado_clp * u.share)
FROM investment_unit_share u
JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.unidad = ? AND a.anio BETWEEN ? AND ?
GROUP BY a.anio
ORDER BY a.anio
