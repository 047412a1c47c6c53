-- Investment given to no commune: each project's amounts times its share outside every commune
-- (investment_link.parte_sin_comuna), per group, with the number of such projects. {group} and {amount} as in
-- select-amounts.sql.
SELECT grupo, SUM(clp), COUNT(DISTINCT project_id)
FROM (SELECT {group} AS grupo, a.{amount} * l.parte_sin_comuna AS clp, a.project_id AS project_id
      FROM investment_link l
      JOIN investment_amount a ON a.project_id = l.project_id
      JOIN investment_project p ON p.id = l.project_id
      WHERE l.parte_sin_comuna > 0 AND a.anio BETWEEN ? AND ?) x
GROUP BY grupo
ORDER BY grupo
