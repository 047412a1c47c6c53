-- Projects with an amount in the range, per unit of a level and group (see select-amounts.sql for the
-- placeholders).
SELECT code, grupo, COUNT(DISTINCT project_id)
FROM (SELECT u.unidad AS code, {group} AS grupo, u.project_id
      FROM investment_unit_share u
      JOIN investment_amount a ON a.project_id = u.project_id
      JOIN investment_project p ON p.id = u.project_id
      WHERE u.nivel = ? AND a.anio BETWEEN ? AND ?) x
GROUP BY code, grupo
