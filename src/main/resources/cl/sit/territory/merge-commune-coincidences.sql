-- Brings the coincidences of the cells projects just inserted run in (ids as an array joined by key) up to date
-- from the kept programmes (merge-commune-programmes.sql has added them): a cell only gains programmes and projects
-- when projects are added, so its row is written again or added once it has two programmes. Taking every touched
-- commune's coincidences again took 28 s per 100,000 projects on H2 at 1,000,000.
MERGE INTO investment_commune_coincidence t
USING (SELECT c.comuna AS comuna, c.sector AS sector, c.anio AS anio, COUNT(*) AS programas,
              SUM(c.proyectos) AS proyectos
       FROM (SELECT DISTINCT u.unidad AS comuna, p.sector AS sector, a.anio AS anio
             FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS r(id)
             JOIN investment_unit_share u ON u.project_id = r.id AND u.nivel = 'comuna'
             JOIN investment_project p ON p.id = u.project_id
             JOIN investment_amount a ON a.project_id = u.project_id) k
       JOIN investment_commune_programme c ON c.comuna = k.comuna AND c.sector = k.sector AND c.anio = k.anio
       GROUP BY c.comuna, c.sector, c.anio
       HAVING COUNT(*) >= 2) s
ON (t.comuna = s.comuna AND t.sector = s.sector AND t.anio = s.anio)
WHEN MATCHED THEN UPDATE SET programas = s.programas, proyectos = s.proyectos
WHEN NOT MATCHED THEN INSERT (comuna, sector, anio, programas, proyectos)
    VALUES (s.comuna, s.sector, s.anio, s.programas, s.proyectos)
