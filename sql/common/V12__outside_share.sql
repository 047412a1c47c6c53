-- The part of a project outside every commune is its own share, never spread over the communes (issue 12).
-- investment_territory.share becomes the fraction of the whole project in each commune, and
-- investment_link.parte_sin_comuna the fraction given to no commune: for every linked project
-- SUM(share) + parte_sin_comuna = 1. A project wholly outside that went to the nearest commune (distancia_comuna_m
-- set) has parte_sin_comuna 0; one that went nowhere has 1.
ALTER TABLE investment_link ADD COLUMN parte_sin_comuna double precision DEFAULT 0 NOT NULL;
ALTER TABLE investment_link ADD CONSTRAINT investment_link_parte_sin_comuna_check
    CHECK (parte_sin_comuna >= 0 AND parte_sin_comuna <= 1);

-- Links written before: shares were normalised over the inside parts; scale them back to fractions of the whole.
UPDATE investment_territory SET share = share * (1 - (SELECT l.fuera_de_comunas FROM investment_link l
                                                      WHERE l.project_id = investment_territory.project_id))
WHERE EXISTS (SELECT 1 FROM investment_link l
              WHERE l.project_id = investment_territory.project_id AND l.distancia_comuna_m IS NULL
                AND l.fuera_de_comunas > 0 AND l.fuera_de_comunas < 1);
UPDATE investment_link SET parte_sin_comuna = fuera_de_comunas WHERE distancia_comuna_m IS NULL;
