-- Coincidences kept whole (cl.sit.territory.UnitInvestment): each commune, sector and year where two or more
-- programmes run projects, with their number of programmes and of projects, taken from investment_commune_programme
-- (V25) for the communes whose programmes changed. Reading a region's coincidences grouped every programme cell of
-- the period on each request: about 1.1 s for region 13 at 1,000,000 projects on H2 (625,000 cells), twice per
-- page. Filled here from the kept programmes, so nothing has to be computed again at the next start.
CREATE TABLE investment_commune_coincidence (
    comuna    varchar(40) NOT NULL,
    sector    varchar(80) NOT NULL,
    anio      integer     NOT NULL,
    programas integer     NOT NULL,
    proyectos integer     NOT NULL,
    PRIMARY KEY (comuna, sector, anio)
);
INSERT INTO investment_commune_coincidence (comuna, sector, anio, programas, proyectos)
SELECT comuna, sector, anio, COUNT(*), SUM(proyectos)
FROM investment_commune_programme
GROUP BY comuna, sector, anio
HAVING COUNT(*) >= 2;
