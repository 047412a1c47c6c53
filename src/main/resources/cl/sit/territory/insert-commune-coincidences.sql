-- The coincidences of the communes among the units (codes as an array joined by key), from their kept programmes
-- (insert-commune-programmes.sql, merge-commune-programmes.sql): the cells with two programmes or more.
INSERT INTO investment_commune_coincidence (comuna, sector, anio, programas, proyectos)
SELECT c.comuna, c.sector, c.anio, COUNT(*), SUM(c.proyectos)
FROM UNNEST(CAST(? AS VARCHAR ARRAY)) AS d(unidad)
JOIN investment_commune_programme c ON c.comuna = d.unidad
GROUP BY c.comuna, c.sector, c.anio
HAVING COUNT(*) >= 2
