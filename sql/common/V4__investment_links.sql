-- Amounts per project and year (CLP): programmed and spent.
CREATE TABLE investment_amount (
    project_id     integer NOT NULL REFERENCES investment_project (id) ON DELETE CASCADE,
    anio           integer NOT NULL,
    programado_clp bigint  NOT NULL CHECK (programado_clp >= 0),
    ejecutado_clp  bigint  NOT NULL CHECK (ejecutado_clp >= 0),
    PRIMARY KEY (project_id, anio)
);

-- Each project's split across the communes it touches, computed when the project is written (DESIGN:
-- linking happens at write time). Shares of a project sum to 1. Provinces, regions and custom territories
-- aggregate these commune shares.
CREATE TABLE investment_territory (
    project_id integer          NOT NULL REFERENCES investment_project (id) ON DELETE CASCADE,
    cut        varchar(8)       NOT NULL REFERENCES territory (cut),
    share      double precision NOT NULL CHECK (share > 0 AND share <= 1),
    method     varchar(16)      NOT NULL CHECK (method IN ('punto', 'longitud', 'area', 'cercano')),
    PRIMARY KEY (project_id, cut)
);
CREATE INDEX investment_territory_cut_idx ON investment_territory (cut);

-- How each project's link went, for the reconciliation list: the fraction of the geometry outside every
-- commune (0 to 1) and, when it lay wholly outside and went to the nearest commune, the distance in metres.
CREATE TABLE investment_link (
    project_id         integer          PRIMARY KEY REFERENCES investment_project (id) ON DELETE CASCADE,
    fuera_de_comunas   double precision NOT NULL,
    distancia_comuna_m double precision,
    enlazado_en        timestamp with time zone NOT NULL
);
