-- N illustrative investment projects over continental Chile for the map's tile benchmark (bench/tiles/run.sh):
-- 80 % points, 12 % lines (3 to 8 vertices, up to ~20 km), 8 % polygons (squares of 0.2 to 5 km), clustered around
-- 40 towns (gaussian spread, ~25 km) with a weight per town, deterministic (setseed). Written straight into
-- investment_project (no amounts or territory shares: the map's tiles, counts, clicks and search read only this
-- table), every row marked fuente_datos = 'bench-tiles' so that bench/tiles/run.sh can remove them afterwards.
-- psql -v n=200000 -f bench/tiles/projects.sql
SELECT setseed(0.42);
CREATE TEMP TABLE town (i serial, lon float8, lat float8, w float8);
INSERT INTO town (lon, lat, w) VALUES
 (-70.65, -33.45, 30), (-71.62, -33.05, 6), (-73.05, -36.82, 6), (-70.40, -23.65, 3), (-71.25, -29.90, 3),
 (-72.59, -38.74, 4), (-70.31, -18.48, 2), (-70.15, -20.21, 2), (-73.24, -39.81, 3), (-72.94, -41.47, 3),
 (-70.91, -53.16, 1), (-72.07, -45.57, 1), (-71.25, -34.17, 3), (-71.66, -35.43, 3), (-72.10, -36.61, 2),
 (-73.13, -40.57, 2), (-70.92, -27.37, 1), (-68.93, -22.46, 1), (-71.54, -33.59, 2), (-70.74, -34.58, 2),
 (-72.33, -37.47, 2), (-72.12, -39.27, 1), (-71.34, -32.45, 1), (-70.74, -30.61, 1), (-71.55, -31.63, 1),
 (-73.76, -42.48, 1), (-72.50, -42.92, 1), (-72.70, -44.00, 1), (-72.22, -47.02, 1), (-71.40, -51.73, 1),
 (-70.33, -26.35, 1), (-69.92, -19.60, 1), (-70.10, -21.38, 1), (-71.00, -32.78, 1), (-72.36, -35.33, 1),
 (-71.09, -33.95, 1), (-70.56, -33.59, 2), (-73.40, -37.61, 1), (-72.99, -38.31, 1), (-72.66, -41.14, 1);
CREATE TEMP TABLE pick AS
SELECT g AS k, random() AS r_town, random() AS r1, random() AS r2, random() AS r3, random() AS r4, random() AS r5
FROM generate_series(1, :n) AS g;
CREATE TEMP TABLE cum AS
SELECT i, lon, lat, sum(w) OVER (ORDER BY i) / sum(w) OVER () AS upto FROM town;
CREATE TEMP TABLE placed AS
SELECT p.*, t.lon + 0.3 * sqrt(-2 * ln(greatest(p.r1, 1e-9))) * cos(2 * pi() * p.r2) AS x,
       t.lat + 0.22 * sqrt(-2 * ln(greatest(p.r1, 1e-9))) * sin(2 * pi() * p.r2) AS y
FROM pick p
CROSS JOIN LATERAL (SELECT lon, lat FROM cum WHERE cum.upto >= p.r_town ORDER BY upto LIMIT 1) AS t;
INSERT INTO investment_project (codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, institucion,
    costo_total_clp, anio_inicio, anio_fin, fuente_datos, ilustrativo, geom)
SELECT 'BT' || lpad(k::text, 8, '0'),
       (ARRAY['Construcción', 'Mejoramiento', 'Reposición', 'Ampliación', 'Conservación'])[1 + k % 5] || ' '
           || (ARRAY['puente', 'camino', 'escuela', 'posta', 'sede social', 'plaza', 'agua potable',
                     'alcantarillado'])[1 + (k / 5) % 8] || ' número ' || k,
       (ARRAY['FNDR', 'FRIL', 'Sectorial', 'PMU', 'PMB'])[1 + (k / 40) % 5],
       'FNDR',
       (ARRAY['Transporte', 'Educación', 'Salud', 'Vivienda', 'Agua potable', 'Energía'])[1 + (k / 7) % 6],
       (ARRAY['idea', 'perfil', 'prefactibilidad', 'factibilidad', 'diseño', 'ejecución'])[1 + (k / 3) % 6],
       'Institución de prueba', (1000000 + (r3 * 5e9))::bigint,
       2003 + (k % 20), 2003 + (k % 20) + (k / 11) % 5, 'bench-tiles', true,
       CASE
         WHEN r4 < 0.80 THEN ST_SetSRID(ST_MakePoint(x, y), 4326)
         WHEN r4 < 0.92 THEN (SELECT ST_SetSRID(ST_MakeLine(array_agg(ST_MakePoint(x + v * 0.02 * cos(r5 * 6.28 + v),
                                     y + v * 0.015 * sin(r5 * 6.28 + v * 0.5)) ORDER BY v)), 4326)
                              FROM generate_series(0, 2 + (k % 6)) AS v)
         ELSE ST_SetSRID(ST_Expand(ST_MakePoint(x, y), 0.002 + r5 * 0.02), 4326)
       END
FROM placed;
UPDATE layer_generation SET generation = generation + 1, changed_at = now() WHERE layer_id = 'proyectos-inversion';
ANALYZE investment_project;
