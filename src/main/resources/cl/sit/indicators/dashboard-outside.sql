-- The dashboard's investment given to no commune (each project's amounts times its share outside every commune,
-- investment_link.parte_sin_comuna) and the number of such projects; {amount} and {filters} as in
-- dashboard-groups.sql, never a commune condition.
SELECT SUM(a.{amount} * l.parte_sin_comuna), COUNT(DISTINCT a.project_id)
FROM investment_link l
JOIN investment_amount a ON a.project_id = l.project_id
JOIN investment_project p ON p.id = l.project_id
WHERE l.parte_sin_comuna > 0 AND a.anio BETWEEN ? AND ?{filters}
