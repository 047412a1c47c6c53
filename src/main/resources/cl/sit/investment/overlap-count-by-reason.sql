-- The matched pairs per strongest reason (its ordinal). {overlaps}: every pair, or those of a territory
-- (ProjectsInTerritory.pairs).
SELECT o.motivo, COUNT(*)
FROM {overlaps} o
WHERE o.distancia_m <= ?
GROUP BY o.motivo
