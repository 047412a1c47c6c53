-- Projects flagged within buffer ?, per kind of area and inside (true) or near: a project inside one area and
-- near another counts under both. Territory predicate (in_territory): investment.ProjectsInTerritory.
SELECT s.tipo, s.dentro, COUNT(DISTINCT s.project_id)
FROM investment_screening s
WHERE s.distancia_m <= ? AND {in_territory}
GROUP BY s.tipo, s.dentro
