-- The projects' amounts over a period (ids as an array joined by key); projects with no year in the period are
-- absent, as in profile-top-projects.sql. {amount} is a whitelisted column (programado_clp or ejecutado_clp).
SELECT a.project_id, SUM(a.{amount})
FROM UNNEST(CAST(? AS INTEGER ARRAY)) AS p(id)
JOIN investment_amount a ON a.project_id = p.id AND a.anio BETWEEN ? AND ?
GROUP BY a.project_id
