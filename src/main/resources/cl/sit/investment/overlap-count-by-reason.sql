-- The matched pairs per strongest reason (its ordinal). Territory predicate (in_territory): ProjectsInTerritory.
SELECT o.motivo, COUNT(*)
FROM investment_overlap o
WHERE o.distancia_m <= ? AND {in_territory}
GROUP BY o.motivo
