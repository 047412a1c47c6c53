-- Investment of custom territories from the stored commune shares, times each commune's weight in the
-- territory. {group} and {amount} as in select-amounts.sql.
SELECT code, grupo, anio, SUM(clp)
FROM (SELECT m.codigo AS code, {group} AS grupo, a.anio AS anio, a.{amount} * s.share * m.peso AS clp
      FROM investment_territory s
      JOIN custom_territory_commune m ON m.cut = s.cut
      JOIN investment_amount a ON a.project_id = s.project_id
      JOIN investment_project p ON p.id = s.project_id
      WHERE a.anio BETWEEN ? AND ?) x
GROUP BY code, grupo, anio
