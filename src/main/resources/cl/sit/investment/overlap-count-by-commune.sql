-- Per commune, the matched pairs with a project there, counted once: those whose project a is there, and those
-- whose project b is there and a is not (the caller adds them). Commune predicate (in_commune): the communes asked
-- for (ProjectsInTerritory), bound once per part. Two hash joins, no per-pair lookups.
SELECT m.cut, COUNT(*)
FROM investment_overlap o
JOIN investment_territory m ON m.project_id = o.proyecto_a
WHERE o.distancia_m <= ? AND {in_commune}
GROUP BY m.cut
UNION ALL
SELECT m.cut, COUNT(*)
FROM investment_overlap o
JOIN investment_territory m ON m.project_id = o.proyecto_b
WHERE o.distancia_m <= ? AND {in_commune}
  AND NOT EXISTS (SELECT 1 FROM investment_territory n WHERE n.project_id = o.proyecto_a AND n.cut = m.cut)
GROUP BY m.cut
