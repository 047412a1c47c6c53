-- Seeded, repeatable ILLUSTRATIVE investment points for the serving benchmark, written straight into SIT's own
-- tables: investment_project (the collection proyectos-inversion), investment_amount (yearly amounts),
-- investment_territory (commune shares, what /api/indicators aggregates) and investment_link (link status).
-- Usage: psql -v points=100000 -v seed=2026 -f bench/sql/generate.sql   (needs SIT's schema and the national
-- communes: start SIT once with SIT_SEED_NATIONAL=true; bench/run.sh does).
--
-- Replaces every investment project. The same points and seed give the same rows: ST_GeneratePoints is seeded per
-- commune, attributes come from hashint8 of (id, seed). Points are spread over the communes in proportion to
-- sqrt(area) (so small urban communes are denser than Patagonian ones), each inside its commune.
-- Links follow SIT's rule for points (cl.sit.analysis.TerritorySplit): the commune that covers the point, the
-- lowest CUT when two do (simplified neighbours overlap a little), share 1, method 'punto'.
\set ON_ERROR_STOP on
SET max_parallel_workers_per_gather = 0;
SET client_min_messages = warning;
BEGIN;
TRUNCATE investment_project CASCADE;
DROP INDEX IF EXISTS investment_project_geom_idx;

-- How many points each commune gets: cumulative rounding, so the total is exactly :points.
CREATE TEMP TABLE bench_alloc ON COMMIT DROP AS
WITH w AS (
    SELECT cut, geom, sqrt(area_km2) AS w, row_number() OVER (ORDER BY cut) AS k
    FROM territory WHERE nivel = 'comuna'
), c AS (
    SELECT cut, geom, k, w, sum(w) OVER (ORDER BY cut) AS cum, sum(w) OVER () AS total FROM w
)
SELECT cut, geom, k::int AS k,
       (floor(:points::numeric * cum::numeric / total::numeric + 1e-9)
        - floor(:points::numeric * (cum - w)::numeric / total::numeric + 1e-9))::int AS n
FROM c;

-- ST_GeneratePoints may return a few points less than asked on multipolygons of many parts (it rounds per part),
-- so ask for 25 % more and keep n of them, picked by a seeded hash.
CREATE TEMP TABLE bench_point ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY g.origin, g.part)::int AS id, g.origin, g.geom
FROM (SELECT a.cut AS origin, a.n, d.path[1] AS part, d.geom::geometry(Point, 4326) AS geom,
             row_number() OVER (PARTITION BY a.cut ORDER BY hashint8(d.path[1] * 7919 + :seed), d.path[1]) AS pick
      FROM (SELECT * FROM bench_alloc WHERE n > 0) a
      CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(a.geom, a.n + a.n / 4 + 5, :seed + a.k)) d) g
WHERE g.pick <= g.n;
CREATE INDEX ON bench_point USING gist (geom);
ANALYZE bench_point;

-- The covering commune with the lowest CUT. Communes drive the loop so PostGIS reuses each prepared polygon.
CREATE TEMP TABLE bench_link ON COMMIT DROP AS
SELECT p.id, min(p.cut) AS cut
FROM (SELECT c.id, t.cut
      FROM territory t
      CROSS JOIN LATERAL (SELECT q.id FROM bench_point q WHERE q.geom && t.geom AND ST_Covers(t.geom, q.geom)) c
      WHERE t.nivel = 'comuna') p
GROUP BY p.id;

-- Programmes as in cl.sit.investment.Programme: weight range [lo, hi) out of 100, sectors, cost range.
CREATE TEMP TABLE bench_programme (lo int, hi int, programa text, fuente text, sectors text[], min_clp float8,
    max_clp float8) ON COMMIT DROP;
INSERT INTO bench_programme VALUES
 (0, 30, 'FNDR', 'Gobierno Regional (FNDR)', ARRAY['Transporte', 'Vivienda y Desarrollo Urbano', 'Salud',
     'Educación', 'Agua Potable y Alcantarillado', 'Energía', 'Turismo', 'Deportes', 'Silvoagropecuario'], 50e6, 15000e6),
 (30, 45, 'FRIL', 'FNDR - Fondo Regional de Iniciativa Local', ARRAY['Vivienda y Desarrollo Urbano', 'Deportes',
     'Transporte', 'Agua Potable y Alcantarillado'], 20e6, 300e6),
 (45, 57, 'PMU', 'SUBDERE - Programa de Mejoramiento Urbano', ARRAY['Vivienda y Desarrollo Urbano', 'Deportes',
     'Transporte'], 10e6, 60e6),
 (57, 65, 'PIRDT', 'SUBDERE - Programa de Infraestructura Rural para el Desarrollo Territorial', ARRAY['Energía',
     'Agua Potable y Alcantarillado', 'Transporte', 'Silvoagropecuario'], 100e6, 3000e6),
 (65, 70, 'Chile Emprende', 'SERCOTEC / CORFO / INDAP (Chile Emprende)', ARRAY['Turismo', 'Silvoagropecuario'],
     5e6, 150e6),
 (70, 82, 'MOP', 'Sectorial MOP', ARRAY['Transporte', 'Agua Potable y Alcantarillado'], 300e6, 40000e6),
 (82, 90, 'MINVU', 'Sectorial MINVU', ARRAY['Vivienda y Desarrollo Urbano'], 50e6, 8000e6),
 (90, 95, 'MINSAL', 'Sectorial MINSAL', ARRAY['Salud'], 100e6, 12000e6),
 (95, 100, 'MINEDUC', 'Sectorial MINEDUC', ARRAY['Educación'], 50e6, 5000e6);

-- h(i) = a non-negative pseudo-random integer per point, salt i and seed.
CREATE TEMP TABLE bench_draw ON COMMIT DROP AS
SELECT p.id, p.geom, coalesce(l.cut, p.origin) AS cut,
       abs(hashint8(p.id::bigint * 16 + 1 + :seed::bigint * 1000003)::bigint) AS h1,
       abs(hashint8(p.id::bigint * 16 + 2 + :seed::bigint * 1000003)::bigint) AS h2,
       abs(hashint8(p.id::bigint * 16 + 3 + :seed::bigint * 1000003)::bigint) AS h3,
       abs(hashint8(p.id::bigint * 16 + 4 + :seed::bigint * 1000003)::bigint) AS h4
FROM bench_point p LEFT JOIN bench_link l ON l.id = p.id;

INSERT INTO investment_project (id, codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, institucion,
    eje_estrategico, costo_total_clp, anio_inicio, anio_fin, comuna_declarada, fuente_datos, ilustrativo, version, geom)
SELECT d.id, 'B' || lpad(d.id::text, 9, '0'),
       s.sector || ': proyecto ilustrativo ' || d.id, g.programa, g.fuente, s.sector,
       CASE WHEN y.fin < 2026 THEN CASE WHEN d.h4 % 10 < 9 THEN 'terminado' ELSE 'ejecución' END
            WHEN d.h4 % 10 < 7 THEN 'ejecución' ELSE 'diseño' END,
       CASE WHEN g.programa IN ('MOP', 'MINVU', 'MINSAL', 'MINEDUC') THEN g.programa
            ELSE 'Municipalidad (CUT ' || d.cut || ')' END,
       NULL,
       (round(exp(ln(g.min_clp) + (d.h3 % 1000000) / 1e6 * (ln(g.max_clp) - ln(g.min_clp))) / 1000) * 1000)::bigint,
       y.inicio, y.fin, d.cut,
       format('Benchmark SIT (bench/sql/generate.sql, semilla %s): datos ilustrativos, no son datos reales', :seed),
       true, 1, d.geom
FROM bench_draw d
JOIN bench_programme g ON d.h1 % 100 >= g.lo AND d.h1 % 100 < g.hi
CROSS JOIN LATERAL (SELECT g.sectors[1 + (d.h2 % cardinality(g.sectors))::int] AS sector) s
CROSS JOIN LATERAL (SELECT 2003 + (d.h2 / 16 % 24)::int AS inicio,
                           least(2026, 2003 + (d.h2 / 16 % 24)::int + (d.h2 / 1024 % 3)::int) AS fin) y;

-- Yearly amounts as cl.sit.investment.InvestmentGenerator.amounts: cost spread evenly, the remainder in the last year.
INSERT INTO investment_amount (project_id, anio, programado_clp, ejecutado_clp)
SELECT p.id, a.anio, a.programado,
       CASE p.etapa WHEN 'terminado' THEN a.programado
                    WHEN 'ejecución' THEN CASE WHEN a.anio < 2026 THEN a.programado ELSE a.programado / 2 END
                    ELSE 0 END
FROM investment_project p
CROSS JOIN LATERAL (SELECT yr AS anio,
        CASE WHEN yr = p.anio_fin THEN p.costo_total_clp - p.costo_total_clp / (p.anio_fin - p.anio_inicio + 1)
                 * (p.anio_fin - p.anio_inicio)
             ELSE p.costo_total_clp / (p.anio_fin - p.anio_inicio + 1) END AS programado
        FROM generate_series(p.anio_inicio, p.anio_fin) yr) a;

INSERT INTO investment_territory (project_id, cut, share, method)
SELECT id, comuna_declarada, 1.0, 'punto' FROM investment_project;

INSERT INTO investment_link (project_id, fuera_de_comunas, distancia_comuna_m, enlazado_en)
SELECT id, 0, NULL, now() FROM investment_project;

-- The membership model SIT's analyses join (cl.sit.territory.UnitShares): the commune, its province and its region,
-- each with the whole point (share 1). Former units and custom territories are left out: the bench defines none.
INSERT INTO investment_unit_share (unidad, project_id, nivel, share)
SELECT comuna_declarada, id, 'comuna', 1.0 FROM investment_project
UNION ALL SELECT substr(comuna_declarada, 1, 3), id, 'provincia', 1.0 FROM investment_project
UNION ALL SELECT substr(comuna_declarada, 1, 2), id, 'region', 1.0 FROM investment_project;

SELECT setval(pg_get_serial_sequence('investment_project', 'id'), (SELECT max(id) FROM investment_project));
CREATE INDEX investment_project_geom_idx ON investment_project USING gist (geom);

-- New data: new ETags for the layer (SIT reads the generation on every conditional request).
UPDATE layer_generation SET generation = generation + 1, changed_at = now() WHERE layer_id = 'proyectos-inversion';
COMMIT;

ANALYZE investment_project;
ANALYZE investment_amount;
ANALYZE investment_territory;
ANALYZE investment_link;
ANALYZE investment_unit_share;
SELECT count(*) AS projects, count(DISTINCT comuna_declarada) AS communes FROM investment_project;
