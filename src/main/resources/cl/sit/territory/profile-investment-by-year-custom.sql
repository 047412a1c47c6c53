-- Investment of a custom territory per year: commune shares times each commune's weight. {amount} as in
-- profile-investment-by-year.sql.
SELECT a.anio, SUM(a.{amount} * s.share * m.peso)
FROM investment_territory s
JOIN custom_territory_commune m ON m.cut = s.cut
JOIN investment_amount a ON a.project_id = s.project_id
WHERE m.codigo = ? AND a.anio BETWEEN ? AND ?
GROUP BY a.anio
ORDER BY a.anio
