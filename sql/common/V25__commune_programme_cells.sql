-- Coincidences kept when projects are written (cl.sit.territory.UnitInvestment, with each commune's investment):
-- per commune, sector and year, each programme that runs projects there and their number (two programmes or more
-- make a coincidence). A region's coincidences took 1.7 s at 1,000,000 projects, joining every project of the
-- region to its amounts. The kept per-unit figures are dropped so that the next start computes them all again, these included.
CREATE TABLE investment_commune_programme (
    comuna    varchar(40) NOT NULL,
    sector    varchar(80) NOT NULL,
    anio      integer     NOT NULL,
    programa  varchar(40) NOT NULL,
    proyectos integer     NOT NULL,
    PRIMARY KEY (comuna, sector, anio, programa)
);
CREATE INDEX investment_commune_programme_anio_idx ON investment_commune_programme (anio, comuna);
DELETE FROM investment_unit_summary;
