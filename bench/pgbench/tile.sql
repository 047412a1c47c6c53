-- Raw PostGIS baseline for SIT's GET /tiles/proyectos-inversion/{z}/{x}/{y}.mvt: the statement shape of
-- src/main/resources/cl/sit/tiles/tile.postgresql.sql for this layer (feature id from id, every attribute, 4096
-- units, 64 of buffer, candidates by the buffered tile box in EPSG:4326, geometry from the stored Web Mercator
-- copy geom_3857 of migration V8). SIT runs it in a read-only transaction
-- after SET LOCAL max_parallel_workers_per_gather = 0; here the server setting is 0 already.
-- Variables (pgbench -D): z x y and the buffered box w s e n.
SELECT ST_AsMVT(tile, 'proyectos-inversion', 4096, 'geom', 'id')
FROM (
    SELECT ST_AsMVTGeom(geom_3857, ST_TileEnvelope(:z, :x, :y), 4096, 64, true) AS geom,
           id, codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, institucion, eje_estrategico,
           costo_total_clp, anio_inicio, anio_fin, comuna_declarada, fuente_datos, ilustrativo, version
    FROM investment_project
    WHERE geom && ST_MakeEnvelope(:w, :s, :e, :n, 4326)
) AS tile
WHERE tile.geom IS NOT NULL;
