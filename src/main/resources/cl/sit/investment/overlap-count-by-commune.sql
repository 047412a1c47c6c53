-- Per commune, the matched pairs with a project there (a pair counts once per commune). Commune predicate (in_commune): the
-- communes asked for (ProjectsInTerritory).
SELECT c.cut, COUNT(*)
FROM (SELECT DISTINCT m.cut, o.proyecto_a, o.proyecto_b
      FROM investment_overlap o
      JOIN investment_territory m ON m.project_id IN (o.proyecto_a, o.proyecto_b)
      WHERE (o.territorio OR o.distancia_m <= ?) AND {in_commune}) c
GROUP BY c.cut
