-- Projects with an amount in the period that touch a member commune of the custom territory.
SELECT COUNT(DISTINCT s.project_id)
FROM investment_territory s
JOIN custom_territory_commune m ON m.cut = s.cut
JOIN investment_amount a ON a.project_id = s.project_id
WHERE m.codigo = ? AND a.anio BETWEEN ? AND ?
