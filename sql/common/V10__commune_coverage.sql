-- The gap-free commune coverage (issue 12). territory.geom of the communes becomes an operational coverage: BCN's
-- land as published plus the water (rivers, estuaries, bays, lakes) each commune holds in SUBDERE's DPA 2023, so
-- the communes of a region leave no gaps and do not overlap; provinces and regions are unions of that coverage.
-- BCN's polygons stay available unchanged in commune_published (collection comunas-bcn). Each unit also gets its
-- official surface with its source, which per-km² figures and densities use when it exists, and a short
-- description of which geometry it carries.
ALTER TABLE territory ADD COLUMN superficie_oficial_km2 double precision;
ALTER TABLE territory ADD COLUMN fuente_superficie varchar(400);
ALTER TABLE territory ADD COLUMN geometria varchar(400);

CREATE TABLE commune_published (
    cut      varchar(8)   PRIMARY KEY,
    nombre   varchar(120) NOT NULL,
    area_km2 double precision NOT NULL,
    fuente   varchar(400) NOT NULL,
    geom     GEOMETRY(MULTIPOLYGON, 4326) NOT NULL
);

UPDATE layer SET description = 'Comunas como cobertura operativa sin vacíos: la tierra de los límites BCN más las aguas (ríos, estuarios, bahías, lagos) que la DPA SUBDERE 2023 asigna a cada comuna. Con código CUT, superficie geodésica de la cobertura, superficie oficial y población del Censo 2017. Los límites BCN tal como se publican están en la colección comunas-bcn.',
    source = 'BCN, mapas vectoriales; SUBDERE, DPA 2023; INE Censo 2017',
    attributes = '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Comuna"},{"name":"cut_provincia","type":"string","title":"Provincia (CUT)"},{"name":"area_km2","type":"number","title":"Superficie de la cobertura (km², geodésica)"},{"name":"superficie_oficial_km2","type":"number","title":"Superficie oficial (km²)"},{"name":"fuente_superficie","type":"string","title":"Fuente de la superficie oficial"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"vigente_desde","type":"date","title":"Vigente desde"},{"name":"geometria","type":"string","title":"Geometría"},{"name":"fuente","type":"string","title":"Fuente"}]'
WHERE id = 'comunas';
UPDATE layer SET description = 'Provincias como unión de la cobertura operativa de sus comunas, con su superficie oficial.',
    source = 'Unión de la cobertura comunal (BCN + aguas según DPA SUBDERE 2023); INE Censo 2017',
    attributes = '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Provincia"},{"name":"cut_region","type":"string","title":"Región (CUT)"},{"name":"area_km2","type":"number","title":"Superficie de la cobertura (km², geodésica)"},{"name":"superficie_oficial_km2","type":"number","title":"Superficie oficial (km²)"},{"name":"fuente_superficie","type":"string","title":"Fuente de la superficie oficial"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"vigente_desde","type":"date","title":"Vigente desde"},{"name":"geometria","type":"string","title":"Geometría"},{"name":"fuente","type":"string","title":"Fuente"}]'
WHERE id = 'provincias';
UPDATE layer SET description = 'Regiones como unión de la cobertura operativa de sus comunas, con su superficie oficial.',
    source = 'Unión de la cobertura comunal (BCN + aguas según DPA SUBDERE 2023); INE Censo 2017',
    attributes = '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Región"},{"name":"area_km2","type":"number","title":"Superficie de la cobertura (km², geodésica)"},{"name":"superficie_oficial_km2","type":"number","title":"Superficie oficial (km²)"},{"name":"fuente_superficie","type":"string","title":"Fuente de la superficie oficial"},{"name":"poblacion_2017","type":"integer","title":"Población Censo 2017"},{"name":"vigente_desde","type":"date","title":"Vigente desde"},{"name":"geometria","type":"string","title":"Geometría"},{"name":"fuente","type":"string","title":"Fuente"}]'
WHERE id = 'regiones';

INSERT INTO layer (id, title, description, table_name, id_column, geometry_type, attributes, style, illustrative,
                   source, sort_order, default_visible)
VALUES
('comunas-bcn', 'Comunas (límites BCN publicados)',
 'Límites comunales de la BCN tal como se publican, sin ríos, estuarios ni bahías entre comunas. Sirven de referencia; las cifras y reglas de SIT usan la cobertura operativa (colección comunas).',
 'commune_published', 'cut', 'MultiPolygon',
 '[{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Comuna"},{"name":"area_km2","type":"number","title":"Superficie (km², geodésica)"},{"name":"fuente","type":"string","title":"Fuente"}]',
 '{"color":"#5d4037","weight":1,"fill":false}',
 false, 'BCN, mapas vectoriales (vía jlhonora/geo), sin simplificar', 11, false);

INSERT INTO layer_generation (layer_id, generation, changed_at) VALUES ('comunas-bcn', 1, CURRENT_TIMESTAMP);
