-- Adds projects just inserted (ids as an array joined by key) to their communes' programmes per sector and year
-- (insert-commune-programmes.sql over those projects only; counts, so exact).
MERGE INTO investment_commune_programme t
USING (SELECT u.unidad AS comuna, p.sector AS sector, a.anio AS anio, p.programa AS programa, COUNT(*) AS n
       FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
       JOIN investment_unit_share u ON u.project_id = r.id AND u.nivel = 'comuna'
       JOIN investment_project p ON p.id = u.project_id
       JOIN investment_amount a ON a.project_id = u.project_id
       GROUP BY u.unidad, p.sector, a.anio, p.programa) s
ON (t.comuna = s.comuna AND t.sector = s.sector AND t.anio = s.anio AND t.programa = s.programa)
WHEN MATCHED THEN UPDATE SET proyectos = t.proyectos + s.n
WHEN NOT MATCHED THEN INSERT (comuna, sector, anio, programa, proyectos) VALUES (s.comuna, s.sector, s.anio, s.programa, s.n)
