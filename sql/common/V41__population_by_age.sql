-- Censo 2017 population by five-year age group and sex, per commune (cl.sit.territory.AgeStructureSeed; Los Ríos
-- only, data/los-rios/censo2017_comunas_los_rios_edad_sexo.csv). edad_desde is the group's first age (0, 5, ...,
-- 100), edad_hasta its last (4, 9, ...; NULL for "100 o más"). Read by cl.sit.regionalization for the age structure
-- variables (share aged 0-14, share aged 65 and over, dependency ratio).
CREATE TABLE population_age (
    cut        varchar(8)   NOT NULL REFERENCES territory (cut),
    edad_desde integer      NOT NULL,
    edad_hasta integer,
    sexo       varchar(8)   NOT NULL,
    poblacion  integer      NOT NULL,
    fuente     varchar(400) NOT NULL,
    PRIMARY KEY (cut, edad_desde, sexo)
);
