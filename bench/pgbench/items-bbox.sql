-- Raw PostGIS baseline for SIT's GET /collections/proyectos-inversion/items?bbox=...&limit=...: the same rows (bbox
-- test as cl.sit.layer.FeatureSql: && then ST_Intersects), the same properties, ordered by id, the same limit,
-- rendered to one GeoJSON FeatureCollection text by the database. SIT also runs a COUNT for numberMatched; this
-- does not. Variables (pgbench -D): minx miny maxx maxy lim.
SELECT '{"type":"FeatureCollection","features":[' || coalesce(string_agg(ST_AsGeoJSON(t.*, 'geom', 15), ',' ORDER BY t.id), '') || ']}'
FROM (SELECT id, codigo_bip, nombre, programa, fuente_financiamiento, sector, etapa, institucion, eje_estrategico,
             costo_total_clp, anio_inicio, anio_fin, comuna_declarada, fuente_datos, ilustrativo, version, geom
      FROM investment_project
      WHERE geom && ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326)
        AND ST_Intersects(geom, ST_MakeEnvelope(:minx, :miny, :maxx, :maxy, 4326))
      ORDER BY id LIMIT :lim) t;
