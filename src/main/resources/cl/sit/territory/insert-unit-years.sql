-- The investment of the units per year: each project's amounts times its share in the unit, and its amounts
-- times its part outside every commune. Same arithmetic as profile-investment-by-year.sql and
-- profile-investment-outside.sql, which it replaces for units whose summary is current.
INSERT INTO investment_unit_year (unidad, anio, programado_clp, ejecutado_clp, fuera_programado_clp,
                                  fuera_ejecutado_clp)
SELECT u.unidad, a.anio, SUM(a.programado_clp * u.share), SUM(a.ejecutado_clp * u.share),
       SUM(a.programado_clp * COALESCE(l.parte_sin_comuna, 0)), SUM(a.ejecutado_clp * COALESCE(l.parte_sin_comuna, 0))
FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad)
JOIN investment_unit_share u ON u.unidad = d.unidad
JOIN investment_amount a ON a.project_id = u.project_id
LEFT JOIN investment_link l ON l.project_id = u.project_id
GROUP BY u.unidad, a.anio
