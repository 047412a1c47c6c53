-- Units through time, part two (part one, per dialect: V11__units_through_time.sql).
--
-- Old code to new code: the crosswalk every import uses (CodeCrosswalk). A division maps one old unit to several new
-- ones. Seeded by FormerUnitSeed from data/chile/equivalencias_cut_2007.csv.
CREATE TABLE territory_crosswalk (
    codigo_anterior varchar(8)   NOT NULL,
    id_anterior     varchar(32)  NOT NULL,
    codigo_nuevo    varchar(8)   NOT NULL,
    nombre          varchar(120) NOT NULL,
    nivel           varchar(16)  NOT NULL,
    tipo            varchar(16)  NOT NULL,
    fecha_cambio    date         NOT NULL,
    fuente          varchar(400) NOT NULL,
    PRIMARY KEY (codigo_anterior, codigo_nuevo, fecha_cambio)
);

-- The territorial collections list the code of the time and the end of the validity period; with both validity
-- columns a layer shows the units in force today unless datetime asks about other days (Layer.hasValidity).
UPDATE layer SET attributes = REPLACE(attributes, '{"name":"vigente_desde","type":"date","title":"Vigente desde"}',
    '{"name":"codigo","type":"string","title":"Código CUT de la época"},'
    || '{"name":"vigente_desde","type":"date","title":"Vigente desde"},'
    || '{"name":"vigente_hasta","type":"date","title":"Vigente hasta (exclusivo)"}')
WHERE id IN ('comunas', 'provincias', 'regiones');
UPDATE layer SET description = description || ' Con datetime, las unidades vigentes en esas fechas.'
WHERE id IN ('comunas', 'provincias', 'regiones');
