-- Project search (cl/sit/investment/map-search.sql) over a national portfolio: "the name contains" and "the BIP code
-- starts with" are LIKE patterns a B-tree cannot serve, so every search read the whole table (1.3 s at 1,000,000
-- projects). Trigram indexes (pg_trgm, a trusted extension: the database owner may create it) serve both; the name
-- index is on the same lowered, accent-stripped expression the query filters on. H2 keeps its table scan.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX investment_project_name_trgm_idx ON investment_project
    USING gin (TRANSLATE(LOWER(nombre), 'áéíóúüñ', 'aeiouun') gin_trgm_ops);
CREATE INDEX investment_project_bip_trgm_idx ON investment_project USING gin (codigo_bip gin_trgm_ops);
