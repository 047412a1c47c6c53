-- Projects flagged within buffer ?, inside (0) and near (1). Territory predicate (in_territory): investment.ProjectsInTerritory.
SELECT s.severidad, COUNT(*)
FROM investment_screening s
WHERE s.principal AND s.distancia_m <= ? AND {in_territory}
GROUP BY s.severidad
