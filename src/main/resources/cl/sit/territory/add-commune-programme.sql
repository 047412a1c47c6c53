-- Adds projects just inserted to one commune's programme in a sector and year (counted in Java by UnitAdditions,
-- as insert-commune-programmes.sql counts over those projects only; counts, so exact).
MERGE INTO investment_commune_programme t
USING (VALUES (CAST(? AS VARCHAR(40)), CAST(? AS VARCHAR(80)), CAST(? AS INTEGER), CAST(? AS VARCHAR(40)),
               CAST(? AS INTEGER))) AS s(comuna, sector, anio, programa, n)
ON (t.comuna = s.comuna AND t.sector = s.sector AND t.anio = s.anio AND t.programa = s.programa)
WHEN MATCHED THEN UPDATE SET proyectos = t.proyectos + s.n
WHEN NOT MATCHED THEN INSERT (comuna, sector, anio, programa, proyectos) VALUES (s.comuna, s.sector, s.anio, s.programa, s.n)
