-- Brings the coincidences of the cells projects just inserted run in (commune, sector and year as three parallel
-- arrays joined by key) up to date from the kept programmes (add-commune-programme.sql has added them): a cell only
-- gains programmes and projects when projects are added, so its row is written again or added once it has two
-- programmes. Finding the cells by joining the projects' memberships and amounts in SQL took 14 s per 100,000
-- projects on H2 at 500,000; UnitAdditions lists them.
MERGE INTO investment_commune_coincidence t
USING (SELECT c.comuna AS comuna, c.sector AS sector, c.anio AS anio, COUNT(*) AS programas,
              SUM(c.proyectos) AS proyectos
       FROM UNNEST(CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS INTEGER ARRAY)) AS k(comuna, sector, anio)
       JOIN investment_commune_programme c ON c.comuna = k.comuna AND c.sector = k.sector AND c.anio = k.anio
       GROUP BY c.comuna, c.sector, c.anio
       HAVING COUNT(*) >= 2) s
ON (t.comuna = s.comuna AND t.sector = s.sector AND t.anio = s.anio)
WHEN MATCHED THEN UPDATE SET programas = s.programas, proyectos = s.proyectos
WHEN NOT MATCHED THEN INSERT (comuna, sector, anio, programas, proyectos)
    VALUES (s.comuna, s.sector, s.anio, s.programas, s.proyectos)
