-- The programmes of the communes among the units (codes as an array joined by key), per sector and year: how many
-- of each programme's projects run there (a project runs in a year when it has an amount for it; its communes are
-- its commune shares). A project has one membership per commune and one amount per year, so COUNT(*) counts
-- projects. Cells with two programmes or more are the coincidences (investment/coincidences-kept.sql).
INSERT INTO investment_commune_programme (comuna, sector, anio, programa, proyectos)
SELECT u.unidad, p.sector, a.anio, p.programa, COUNT(*)
FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad)
JOIN investment_unit_share u ON u.unidad = d.unidad AND u.nivel = 'comuna'
JOIN investment_project p ON p.id = u.project_id
JOIN investment_amount a ON a.project_id = u.project_id
GROUP BY u.unidad, p.sector, a.anio, p.programa
