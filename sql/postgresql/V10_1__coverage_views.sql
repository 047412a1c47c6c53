-- Views of the territorial levels with the official surface and which geometry each unit carries (see V10).
DROP VIEW commune_layer;
DROP VIEW province_layer;
DROP VIEW region_layer;

CREATE VIEW commune_layer AS
SELECT t.cut, t.nombre, t.cut_padre AS cut_provincia, t.area_km2, t.superficie_oficial_km2, t.fuente_superficie,
       p.poblacion AS poblacion_2017, t.vigente_desde, t.geometria, t.fuente, t.geom, t.geom_3857
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'comuna';

CREATE VIEW province_layer AS
SELECT t.cut, t.nombre, t.cut_padre AS cut_region, t.area_km2, t.superficie_oficial_km2, t.fuente_superficie,
       p.poblacion AS poblacion_2017, t.vigente_desde, t.geometria, t.fuente, t.geom, t.geom_3857
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'provincia';

CREATE VIEW region_layer AS
SELECT t.cut, t.nombre, t.area_km2, t.superficie_oficial_km2, t.fuente_superficie,
       p.poblacion AS poblacion_2017, t.vigente_desde, t.geometria, t.fuente, t.geom, t.geom_3857
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'region';

CREATE INDEX commune_published_geom_idx ON commune_published USING gist (geom);
ALTER TABLE commune_published ADD COLUMN geom_3857 geometry(Geometry, 3857)
    GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED;
