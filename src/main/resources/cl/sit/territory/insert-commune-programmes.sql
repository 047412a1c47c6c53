-- The coincidences of the communes among the units (codes as an array joined by key): per commune, sector and
-- year with projects of two or more programmes, each programme's projects. A project runs in a year when it has an
-- amount for it; its communes are its commune shares. Same definition as investment/coincidences.sql.
INSERT INTO investment_commune_programme (comuna, sector, anio, programa, proyectos)
SELECT comuna, sector, anio, programa, proyectos
FROM (SELECT u.unidad AS comuna, p.sector AS sector, a.anio AS anio, p.programa AS programa,
             COUNT(DISTINCT p.id) AS proyectos,
             COUNT(*) OVER (PARTITION BY u.unidad, p.sector, a.anio) AS programas
      FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad)
      JOIN investment_unit_share u ON u.unidad = d.unidad AND u.nivel = 'comuna'
      JOIN investment_project p ON p.id = u.project_id
      JOIN investment_amount a ON a.project_id = u.project_id
      GROUP BY u.unidad, p.sector, a.anio, p.programa) c
WHERE programas >= 2
