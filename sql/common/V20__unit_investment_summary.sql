-- Investment per unit kept when projects are written (issue 13, national scale), so that a profile of a region of
-- 45,000 projects reads a few rows instead of joining every membership to every yearly amount (852 ms at
-- 1,000,000 projects on PostgreSQL, 2 s on H2). Written by cl.sit.territory.UnitInvestment in the transaction that
-- writes the memberships; the SQL is the same arithmetic as the live queries it replaces.
--
-- Each membership carries the project's amounts over all its years times its share in the unit: an upper bound of
-- its amount in any period (amounts are never negative), which ranks a unit's largest projects from an index.
ALTER TABLE investment_unit_share ADD COLUMN programado_clp double precision NOT NULL DEFAULT 0;
ALTER TABLE investment_unit_share ADD COLUMN ejecutado_clp double precision NOT NULL DEFAULT 0;
CREATE INDEX investment_unit_share_programado_idx ON investment_unit_share (unidad, programado_clp DESC, project_id);
CREATE INDEX investment_unit_share_ejecutado_idx ON investment_unit_share (unidad, ejecutado_clp DESC, project_id);

-- A unit's investment per year: the sum of amount times share of its projects, and the part of those projects
-- outside every commune (investment_link.parte_sin_comuna, in no unit's total).
CREATE TABLE investment_unit_year (
    unidad                varchar(40)      NOT NULL,
    anio                  integer          NOT NULL,
    programado_clp        double precision NOT NULL,
    ejecutado_clp         double precision NOT NULL,
    fuera_programado_clp  double precision NOT NULL,
    fuera_ejecutado_clp   double precision NOT NULL,
    PRIMARY KEY (unidad, anio)
);

-- How many memberships the unit had when its rows above were computed. A reader uses the stored rows only when
-- the unit has that many memberships now: projects deleted by hand (their memberships go with them) make the
-- reader fall back to the live queries instead of showing their amounts.
CREATE TABLE investment_unit_summary (
    unidad      varchar(40) NOT NULL PRIMARY KEY,
    memberships integer     NOT NULL
);
