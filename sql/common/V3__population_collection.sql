-- Population per territorial unit and year as a collection without geometry, so the API serves it like any
-- layer: /collections/poblacion/items?cut=14101&tipo=proyeccion
CREATE VIEW population_layer AS
SELECT p.cut || '-' || CAST(p.anio AS varchar(4)) || '-' || p.tipo AS clave,
       p.cut, t.nombre, t.nivel, p.anio, p.tipo, p.poblacion, p.fuente,
       CAST(NULL AS geometry) AS geom
FROM population p
JOIN territory t ON t.cut = p.cut;

INSERT INTO layer VALUES
('poblacion', 'Población por unidad territorial y año',
 'Población de comunas, provincias y región por año: Censo 2017 (conteo) y proyecciones INE 2002-2035 (base Censo 2017), con su fuente. Sin geometría.',
 'population_layer', 'clave', 'None',
 '[{"name":"clave","type":"string","title":"Clave"},{"name":"cut","type":"string","title":"Código CUT"},{"name":"nombre","type":"string","title":"Unidad territorial"},{"name":"nivel","type":"string","title":"Nivel"},{"name":"anio","type":"integer","title":"Año"},{"name":"tipo","type":"string","title":"Tipo (censo o proyección)"},{"name":"poblacion","type":"integer","title":"Población"},{"name":"fuente","type":"string","title":"Fuente"}]',
 '{}', false, 'INE, Censo 2017 y proyecciones de población 2002-2035', 95, false);
