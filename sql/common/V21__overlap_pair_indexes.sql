-- The stored overlap pairs of one territory are read from its projects through an index on either project of the
-- pair, carrying the distance and the reason, so a commune reads its own pairs only (the count per reason of a
-- commune at 1,000,000 projects: 229 ms scanning every pair, 5 ms so). See investment/pairs-in-territory.sql.
CREATE INDEX investment_overlap_a_idx ON investment_overlap (proyecto_a, distancia_m, motivo);
DROP INDEX investment_overlap_b_idx;
CREATE INDEX investment_overlap_b_idx ON investment_overlap (proyecto_b, distancia_m, motivo);
