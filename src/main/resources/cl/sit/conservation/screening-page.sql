-- A page of the projects flagged within buffer ? (each project's principal stored row): inside first, then near,
-- nearest first, then the id. Territory predicate (in_territory): investment.ProjectsInTerritory.
SELECT s.project_id
FROM investment_screening s
WHERE s.principal AND s.distancia_m <= ? AND {in_territory}
ORDER BY s.severidad, s.distancia_m, s.project_id
LIMIT ? OFFSET ?
