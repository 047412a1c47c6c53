-- The layer registry: every collection SIT serves, with its Spanish title, source table, geometry type,
-- attribute schema (JSON: [{name, type, title}]) and default map style (JSON, Leaflet path options).
-- Table and column names used in SQL come only from here.
CREATE TABLE layer (
    id              varchar(64)    PRIMARY KEY,
    title           varchar(200)   NOT NULL,
    description     varchar(2000)  NOT NULL,
    table_name      varchar(63)    NOT NULL,
    id_column       varchar(63)    NOT NULL,
    geometry_type   varchar(32)    NOT NULL,
    attributes      varchar(20000) NOT NULL,
    style           varchar(2000)  NOT NULL,
    illustrative    boolean        NOT NULL,
    source          varchar(1000)  NOT NULL,
    sort_order      integer        NOT NULL,
    default_visible boolean        NOT NULL
);

-- Territorial levels as views over territory, with the Censo 2017 count for popups and choropleths.
CREATE VIEW commune_layer AS
SELECT t.cut, t.nombre, t.cut_padre AS cut_provincia, t.area_km2, p.poblacion AS poblacion_2017,
       t.vigente_desde, t.fuente, t.geom
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'comuna';

CREATE VIEW province_layer AS
SELECT t.cut, t.nombre, t.cut_padre AS cut_region, t.area_km2, p.poblacion AS poblacion_2017,
       t.vigente_desde, t.fuente, t.geom
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'provincia';

CREATE VIEW region_layer AS
SELECT t.cut, t.nombre, t.area_km2, p.poblacion AS poblacion_2017, t.vigente_desde, t.fuente, t.geom
FROM territory t
LEFT JOIN population p ON p.cut = t.cut AND p.anio = 2017 AND p.tipo = 'censo'
WHERE t.nivel = 'region';

INSERT INTO layer VALUES
('comunas', 'Comunas', 'Límites comunales (BCN) con código CUT, superficie geodésica y población del Censo 2017.',
 'commune_layer', 'cut', 'MultiPolygon',
 '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Comuna"},{"name":"cut_provincia","type":"string","title":"Provincia (CUT)"},{"name":"area_km2","type":"number","title":"Superficie (km², geodésica)"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"vigente_desde","type":"date","title":"Vigente desde"},{"name":"fuente","type":"string","title":"Fuente"}]',
 '{"color":"#37474f","weight":1.5,"fillColor":"#eceff1","fillOpacity":0.35}',
 false, 'BCN, mapas vectoriales; INE Censo 2017', 10, true),
('provincias', 'Provincias', 'Provincias como unión de sus comunas.',
 'province_layer', 'cut', 'MultiPolygon',
 '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Provincia"},{"name":"cut_region","type":"string","title":"Región (CUT)"},{"name":"area_km2","type":"number","title":"Superficie (km², geodésica)"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"vigente_desde","type":"date","title":"Vigente desde"},{"name":"fuente","type":"string","title":"Fuente"}]',
 '{"color":"#263238","weight":3,"fill":false,"dashArray":"6 4"}',
 false, 'Unión de comunas BCN; INE Censo 2017', 20, false),
('regiones', 'Regiones', 'Regiones como unión de sus comunas.',
 'region_layer', 'cut', 'MultiPolygon',
 '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Región"},{"name":"area_km2","type":"number","title":"Superficie (km², geodésica)"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"vigente_desde","type":"date","title":"Vigente desde"},{"name":"fuente","type":"string","title":"Fuente"}]',
 '{"color":"#000000","weight":4,"fill":false}',
 false, 'Unión de comunas BCN; INE Censo 2017', 30, false),
('sitios-prioritarios', 'Sitios prioritarios (Ley 19.300)', 'Sitios prioritarios para la conservación reconocidos para el SEIA (art. 11 d, Ley 19.300).',
 'priority_site', 'id', 'MultiPolygon',
 '[{"name":"codigo","type":"string","title":"Código"},{"name":"nombre","type":"string","title":"Nombre"},{"name":"designacion","type":"string","title":"Designación"},{"name":"superficie_ha_mma","type":"number","title":"Superficie MMA (ha)"},{"name":"area_km2","type":"number","title":"Superficie (km², geodésica)"},{"name":"area_km2_en_region","type":"number","title":"Superficie en la región (km²)"},{"name":"comunas","type":"string","title":"Comunas"},{"name":"url_fuente","type":"string","title":"Ficha MMA"}]',
 '{"color":"#e65100","weight":2,"fillColor":"#ffb74d","fillOpacity":0.3,"dashArray":"4 3"}',
 false, 'Ministerio del Medio Ambiente, Sitios Prioritarios según Ley 19.300 (2024)', 40, true),
('areas-protegidas', 'Áreas protegidas (RNAP)', 'Registro Nacional de Áreas Protegidas: parques, reservas, santuarios y áreas privadas.',
 'protected_area', 'id', 'MultiPolygon',
 '[{"name":"codigo","type":"string","title":"Código RNAP"},{"name":"nombre","type":"string","title":"Nombre"},{"name":"designacion","type":"string","title":"Designación"},{"name":"snaspe","type":"boolean","title":"SNASPE"},{"name":"superficie_ha_mma","type":"number","title":"Superficie MMA (ha)"},{"name":"area_km2","type":"number","title":"Superficie (km², geodésica)"},{"name":"area_km2_en_region","type":"number","title":"Superficie en la región (km²)"},{"name":"comunas","type":"string","title":"Comunas"},{"name":"url_fuente","type":"string","title":"Ficha MMA"}]',
 '{"color":"#1b5e20","weight":1.5,"fillColor":"#66bb6a","fillOpacity":0.45}',
 false, 'Ministerio del Medio Ambiente, RNAP (CC0 1.0, 2024)', 50, true),
('limites-urbanos', 'Límites urbanos (PRC)', 'Límites urbanos de los planes reguladores comunales (MINVU).',
 'urban_limit', 'id', 'MultiPolygon',
 '[{"name":"nombre","type":"string","title":"Nombre"},{"name":"comuna","type":"string","title":"Comuna"},{"name":"cut","type":"string","title":"Código CUT"},{"name":"instrumento","type":"string","title":"Instrumento"},{"name":"administra","type":"string","title":"Administra"},{"name":"diario_oficial","type":"string","title":"Publicación Diario Oficial"},{"name":"area_km2","type":"number","title":"Superficie (km²)"}]',
 '{"color":"#6a1b9a","weight":1.5,"fillColor":"#ce93d8","fillOpacity":0.5}',
 false, 'MINVU, Límites Urbanos de Planes Reguladores Comunales (2026)', 60, true),
('zonas-censales', 'Zonas censales urbanas (Censo 2017)', 'Zonas censales urbanas del INE con su población del Censo 2017.',
 'census_zone', 'geocodigo', 'MultiPolygon',
 '[{"name":"geocodigo","type":"string","title":"Geocódigo"},{"name":"cut","type":"string","title":"Código CUT"},{"name":"comuna","type":"string","title":"Comuna"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"area_km2","type":"number","title":"Superficie (km²)"}]',
 '{"color":"#0d47a1","weight":0.8,"fillColor":"#64b5f6","fillOpacity":0.35}',
 false, 'INE, cartografía Censo 2017 (zonas urbanas)', 70, false),
('centros-urbanos', 'Centros urbanos', 'Punto representativo de cada límite urbano (derivado).',
 'urban_centre', 'id', 'Point',
 '[{"name":"nombre","type":"string","title":"Nombre"},{"name":"comuna","type":"string","title":"Comuna"},{"name":"cut","type":"string","title":"Código CUT"}]',
 '{"radius":4,"color":"#212121","weight":1,"fillColor":"#fafafa","fillOpacity":1}',
 false, 'Derivado de los límites urbanos MINVU', 80, false),
('proyectos-inversion', 'Proyectos de inversión (ilustrativos)', 'Proyectos de inversión pública ILUSTRATIVOS generados por SIT (no son datos reales): programas FNDR, PIRDT, FRIL, PMU, Chile Emprende y sectoriales.',
 'investment_project', 'id', 'Geometry',
 '[{"name":"codigo_bip","type":"string","title":"Código BIP"},{"name":"nombre","type":"string","title":"Nombre"},{"name":"programa","type":"string","title":"Programa"},{"name":"fuente_financiamiento","type":"string","title":"Fuente de financiamiento"},{"name":"sector","type":"string","title":"Sector"},{"name":"etapa","type":"string","title":"Etapa"},{"name":"institucion","type":"string","title":"Institución responsable"},{"name":"eje_estrategico","type":"string","title":"Eje estratégico"},{"name":"costo_total_clp","type":"integer","title":"Costo total (CLP)"},{"name":"anio_inicio","type":"integer","title":"Año inicio"},{"name":"anio_fin","type":"integer","title":"Año término"},{"name":"comuna_declarada","type":"string","title":"Comuna declarada (CUT)"},{"name":"fuente_datos","type":"string","title":"Fuente de datos"},{"name":"ilustrativo","type":"boolean","title":"Ilustrativo"},{"name":"version","type":"integer","title":"Versión"}]',
 '{"radius":5,"color":"#b71c1c","weight":2,"fillColor":"#ef5350","fillOpacity":0.7}',
 true, 'Generador ilustrativo de SIT (determinista, semilla fija); no son datos reales', 90, true);
