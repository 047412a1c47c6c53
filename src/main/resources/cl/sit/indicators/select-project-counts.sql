-- Projects with an amount in the range, per unit and group (see select-amounts.sql for the placeholders).
SELECT code, grupo, COUNT(DISTINCT project_id)
FROM (SELECT SUBSTRING(s.cut, 1, ?) AS code, {group} AS grupo, s.project_id
      FROM investment_territory s
      JOIN investment_amount a ON a.project_id = s.project_id
      JOIN investment_project p ON p.id = s.project_id
      WHERE a.anio BETWEEN ? AND ?) x
GROUP BY code, grupo
