-- Projects with an amount in the range touching a member commune of each custom territory, per group.
SELECT code, grupo, COUNT(DISTINCT project_id)
FROM (SELECT m.codigo AS code, {group} AS grupo, s.project_id
      FROM investment_territory s
      JOIN custom_territory_commune m ON m.cut = s.cut
      JOIN investment_amount a ON a.project_id = s.project_id
      JOIN investment_project p ON p.id = s.project_id
      WHERE a.anio BETWEEN ? AND ?) x
GROUP BY code, grupo
