-- One territory-membership model (issue 13). Each project's share in every territorial unit it touches, written
-- when the project is linked (cl.sit.territory.UnitShares), so that every analysis - indicators, profiles,
-- screening, overlaps, export - joins this one table once, whatever the kind of unit:
--   comuna        the commune shares of investment_territory (fractions of the whole project)
--   provincia     the sum of its communes' shares (a commune's province is the first 3 characters of its CUT)
--   region        the sum of its communes' shares (first 2 characters)
--   personalizado a custom territory: for a set of communes, the sum of its communes' shares; for a drawn zone,
--                 the part of the project inside the zone (points covered, geodesic length or area inside)
--   anterior      a unit no longer in force (105@..2007-10-02): the sum of the shares of today's communes it was
--                 made of
-- The part of a project outside every commune (investment_link.parte_sin_comuna) is in no administrative unit.
-- Rows are filled by the seed 'pertenencia-territorial' on databases created before this table.
CREATE TABLE investment_unit_share (
    unidad     varchar(40)      NOT NULL,
    project_id integer          NOT NULL REFERENCES investment_project (id) ON DELETE CASCADE,
    nivel      varchar(16)      NOT NULL,
    share      double precision NOT NULL CHECK (share > 0 AND share <= 1),
    PRIMARY KEY (unidad, project_id)
);
CREATE INDEX investment_unit_share_project_idx ON investment_unit_share (project_id);
CREATE INDEX investment_unit_share_nivel_idx ON investment_unit_share (nivel, project_id);
