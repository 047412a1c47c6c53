-- Raw PostGIS baseline for SIT's GET /collections/comunas/items/{cut}: one commune polygon with its properties as
-- GeoJSON, from the same view. Variable (pgbench -D): cut.
SELECT ST_AsGeoJSON(t.*, 'geom', 15)
FROM (SELECT cut, nombre, cut_provincia, area_km2, poblacion_2017, vigente_desde, fuente, geom
      FROM commune_layer WHERE cut = :cut::text) t;
