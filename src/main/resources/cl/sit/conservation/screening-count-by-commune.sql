-- Per commune, projects flagged within buffer ?: inside, near. Commune predicate (in_commune): the communes asked for
-- (investment.ProjectsInTerritory).
SELECT m.cut, SUM(CASE WHEN s.severidad = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN s.severidad = 1 THEN 1 ELSE 0 END)
FROM investment_screening s
JOIN investment_territory m ON m.project_id = s.project_id
WHERE s.principal AND s.distancia_m <= ? AND {in_commune}
GROUP BY m.cut
