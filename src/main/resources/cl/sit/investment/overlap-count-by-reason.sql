-- The matched pairs per strongest reason (its ordinal): every pair, or those of a territory (ProjectsInTerritory.pairs,
-- as in overlap-page.sql).
SELECT o.motivo, COUNT(*)
FROM {overlaps} o
WHERE {pair_in_territory} AND o.distancia_m <= ?
GROUP BY o.motivo
