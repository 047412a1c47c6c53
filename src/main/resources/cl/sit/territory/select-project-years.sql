-- The figures of projects just written that their units' kept investment adds up (ids as an array joined by key):
-- sector, programme, part outside every commune and each year's amounts; a project with no amounts has no row.
SELECT p.id, p.sector, p.programa, COALESCE(l.parte_sin_comuna, 0), a.anio, a.programado_clp, a.ejecutado_clp
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
JOIN investment_project p ON p.id = r.id
JOIN investment_amount a ON a.project_id = p.id
LEFT JOIN investment_link l ON l.project_id = p.id
