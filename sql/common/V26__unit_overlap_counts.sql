-- Overlap pairs counted per unit and strongest reason, kept as projects are written (issue 13, national scale):
-- the first page of /api/overlaps for a region counted every pair touching its projects on each request (414 ms for
-- the 45,000 projects of a region at 1,000,000 projects on PostgreSQL, 3 s at 20,000 on H2). Written by
-- cl.sit.investment.UnitOverlapCounts. A pair counts once in each unit either of its projects has a share in.
--
-- motivo -1 is a unit's header: pares = its memberships and suma_ids = the sum of their project ids when its counts
-- were last brought up to date; readers use the counts only while the unit still has those memberships. Unit ''
-- counts every pair; its header holds the number of projects (projects deleted by hand take their pairs with them).
-- Empty here: the next start counts them all (seed "pares-por-unidad").
CREATE TABLE investment_unit_overlap (
    unidad   varchar(40) NOT NULL,
    motivo   smallint    NOT NULL,
    pares    bigint      NOT NULL,
    suma_ids bigint      NOT NULL,
    PRIMARY KEY (unidad, motivo)
);
