-- The part outside every commune of the projects that touch the unit, CLP of the period: given to no commune, so
-- never in the unit's total; the profile shows it beside the total. {amount} is a whitelisted column (programado_clp or ejecutado_clp).
SELECT COALESCE(SUM(a.{amount} * l.parte_sin_comuna), 0)
FROM investment_unit_share u
JOIN investment_link l ON l.project_id = u.project_id
JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.unidad = ? AND l.parte_sin_comuna > 0 AND a.anio BETWEEN ? AND ?
