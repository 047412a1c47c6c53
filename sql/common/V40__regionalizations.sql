-- Homogeneous territories (issue 16, cl.sit.regionalization). One row per regionalization run: what was asked
-- (solicitud, JSON text) and the result document (documento, JSON text: the units, their neighbours, the variables,
-- the regions with their profiles and the quality report), so GET /api/regionalizations/{id} and the downloads read
-- it back without recomputing. Runs are kept while they are among the latest 500 (RegionalizationStore). Saving the
-- regions as custom territories writes custom_territory rows (owned by cl.sit.territory), never these tables.
CREATE TABLE regionalization (
    id         varchar(36)  PRIMARY KEY,
    creado_en  timestamp with time zone NOT NULL,
    creado_por varchar(60),
    unidades   varchar(20)  NOT NULL,
    metodo     varchar(10)  NOT NULL,
    regiones   integer      NOT NULL,
    solicitud  text         NOT NULL,
    documento  text         NOT NULL
);
CREATE INDEX regionalization_creado_idx ON regionalization (creado_en);

-- The dissolved geometry of each region of a run (union of its units' geometries, EPSG:4326).
CREATE TABLE regionalization_region (
    regionalization_id varchar(36) NOT NULL REFERENCES regionalization (id) ON DELETE CASCADE,
    numero             integer     NOT NULL,
    geom               GEOMETRY(MULTIPOLYGON, 4326) NOT NULL,
    PRIMARY KEY (regionalization_id, numero)
);
