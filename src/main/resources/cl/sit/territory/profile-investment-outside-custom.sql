-- As profile-investment-outside.sql for the projects that touch a member commune of a custom territory.
SELECT COALESCE(SUM(a.{amount} * l.parte_sin_comuna), 0)
FROM investment_link l
JOIN investment_amount a ON a.project_id = l.project_id
WHERE EXISTS (SELECT 1 FROM investment_territory s JOIN custom_territory_commune m ON m.cut = s.cut
              WHERE s.project_id = l.project_id AND m.codigo = ?)
  AND l.parte_sin_comuna > 0 AND a.anio BETWEEN ? AND ?
