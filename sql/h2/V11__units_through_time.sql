-- Territorial units through time. Keep in step with sql/postgresql/V11__units_through_time.sql.
--
-- territory holds the units in force (their keys, the CUT codes, are what every other table refers to) and now
-- says since when (vigente_desde). Units no longer in force live in former_territory, keyed by an identifier that
-- stays unambiguous when a code is reused: the code, '@..', and the first day the unit was no longer in force
-- (vigente_hasta, exclusive), e.g. '10@..2007-10-02' for the Región de Los Lagos before Los Ríos was split from it.
-- codigo is the CUT code as published in its time. Seeded by FormerUnitSeed from data/chile/. The crosswalk and the
-- registry's new attributes are in sql/common/V11_1__territory_crosswalk.sql.
CREATE TABLE former_territory (
    cut           varchar(32)  PRIMARY KEY,
    codigo        varchar(8)   NOT NULL,
    nombre        varchar(120) NOT NULL,
    nivel         varchar(16)  NOT NULL,
    cut_padre     varchar(32),
    vigente_desde date,
    vigente_hasta date         NOT NULL,
    area_km2      double precision NOT NULL,
    fuente        varchar(400) NOT NULL,
    geom          GEOMETRY(MULTIPOLYGON, 4326) NOT NULL
);
CREATE SPATIAL INDEX former_territory_geom_idx ON former_territory (geom);
CREATE INDEX former_territory_codigo_idx ON former_territory (codigo);

-- The territorial collections show both, with the code of the time and the validity period; the items query shows
-- the units in force today unless datetime asks about other days (Layer.hasValidity, cl.sit.layer.Validity).
-- Former units carry no official surface nor geometry note (V10's columns) of their own.
DROP VIEW commune_layer;
CREATE VIEW commune_layer AS
SELECT t.cut, t.cut AS codigo, t.nombre, t.cut_padre AS cut_provincia, t.area_km2, t.superficie_oficial_km2, t.fuente_superficie,
       p.poblacion AS poblacion_2017, t.vigente_desde, t.vigente_hasta, t.geometria, t.fuente, t.geom
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'comuna'
UNION ALL
SELECT f.cut, f.codigo, f.nombre, f.cut_padre, f.area_km2, CAST(NULL AS double precision), CAST(NULL AS varchar(400)),
       CAST(NULL AS integer), f.vigente_desde, f.vigente_hasta, CAST(NULL AS varchar(400)), f.fuente, f.geom
FROM former_territory f
WHERE f.nivel = 'comuna';

DROP VIEW province_layer;
CREATE VIEW province_layer AS
SELECT t.cut, t.cut AS codigo, t.nombre, t.cut_padre AS cut_region, t.area_km2, t.superficie_oficial_km2, t.fuente_superficie,
       p.poblacion AS poblacion_2017, t.vigente_desde, t.vigente_hasta, t.geometria, t.fuente, t.geom
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'provincia'
UNION ALL
SELECT f.cut, f.codigo, f.nombre, f.cut_padre, f.area_km2, CAST(NULL AS double precision), CAST(NULL AS varchar(400)),
       CAST(NULL AS integer), f.vigente_desde, f.vigente_hasta, CAST(NULL AS varchar(400)), f.fuente, f.geom
FROM former_territory f
WHERE f.nivel = 'provincia';

DROP VIEW region_layer;
CREATE VIEW region_layer AS
SELECT t.cut, t.cut AS codigo, t.nombre, t.area_km2, t.superficie_oficial_km2, t.fuente_superficie,
       p.poblacion AS poblacion_2017, t.vigente_desde, t.vigente_hasta, t.geometria, t.fuente, t.geom
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'region'
UNION ALL
SELECT f.cut, f.codigo, f.nombre, f.area_km2, CAST(NULL AS double precision), CAST(NULL AS varchar(400)),
       CAST(NULL AS integer), f.vigente_desde, f.vigente_hasta, CAST(NULL AS varchar(400)), f.fuente, f.geom
FROM former_territory f
WHERE f.nivel = 'region';
