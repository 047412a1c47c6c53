-- The details of ranked projects (ids as an array joined by key), in the columns of profile-top-projects.sql
-- without the share and amount, which the ranking gives.
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, p.anio_inicio, p.anio_fin,
       p.costo_total_clp, p.ilustrativo, COALESCE(l.parte_sin_comuna, 0) AS fuera
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
JOIN investment_project p ON p.id = r.id
LEFT JOIN investment_link l ON l.project_id = p.id
