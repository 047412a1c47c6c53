-- Conservation screening and programme overlaps, computed when projects are written (like the commune shares)
-- and served paged (investment.StoredAlerts writes them; conservation.Screening and investment.OverlapController
-- read them). A removed project takes its rows with it.

-- Per project, each protected area or priority site it lies in or lies within the stored maximum distance of
-- (sit.investment.screening-max-m). distancia_m is 0 inside. The project's strongest row (inside before near,
-- then the nearest) is its principal one: pages sort principal rows by severidad (0 inside, 1 near), distance.
CREATE TABLE investment_screening (
    project_id       integer          NOT NULL REFERENCES investment_project (id) ON DELETE CASCADE,
    tipo             varchar(32)      NOT NULL,
    area_codigo      varchar(32)      NOT NULL,
    area_nombre      varchar(300)     NOT NULL,
    dentro           boolean          NOT NULL,
    distancia_m      double precision NOT NULL CHECK (distancia_m >= 0),
    area_solapada_ha double precision NOT NULL,
    longitud_m       double precision NOT NULL,
    principal        boolean          NOT NULL,
    severidad        smallint         NOT NULL,
    PRIMARY KEY (project_id, tipo, area_codigo)
);
CREATE INDEX investment_screening_page_idx ON investment_screening (principal, severidad, distancia_m, project_id);

-- Pairs of projects that overlap in space and time (analysis.ProgrammeOverlap), lower id first, found for the
-- distance sit.investment.overlap-distance-m. motivos holds every reason as bits (1 << Reason ordinal), motivo the
-- strongest one's ordinal (the sort order); territorio whether the pair shares commune, sector and years (a reason
-- that does not depend on the distance); distancia_m the geodesic distance between the geometries (0 intersecting);
-- anio_desde..anio_hasta the years both run (never empty: pairs need overlapping years).
CREATE TABLE investment_overlap (
    proyecto_a  integer          NOT NULL REFERENCES investment_project (id) ON DELETE CASCADE,
    proyecto_b  integer          NOT NULL REFERENCES investment_project (id) ON DELETE CASCADE,
    motivo      smallint         NOT NULL,
    motivos     integer          NOT NULL,
    territorio  boolean          NOT NULL,
    distancia_m double precision NOT NULL CHECK (distancia_m >= 0),
    anio_desde  integer          NOT NULL,
    anio_hasta  integer          NOT NULL,
    PRIMARY KEY (proyecto_a, proyecto_b),
    CHECK (proyecto_a < proyecto_b),
    CHECK (anio_desde <= anio_hasta)
);
CREATE INDEX investment_overlap_page_idx ON investment_overlap (motivo, distancia_m, proyecto_a, proyecto_b);
CREATE INDEX investment_overlap_b_idx ON investment_overlap (proyecto_b);

-- What the stored analyses were last computed with, over every project ('cribado': the screening maximum in
-- metres, 'superposicion': the overlap distance in metres, 'reglas': the version of the pair rules): a start with
-- other settings or rules computes them all again.
CREATE TABLE investment_alert_state (
    analisis     varchar(32)      PRIMARY KEY,
    valor        double precision NOT NULL,
    calculado_en timestamp with time zone NOT NULL
);
