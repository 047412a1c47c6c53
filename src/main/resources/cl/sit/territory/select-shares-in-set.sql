-- The stored shares of every project in the member communes of one custom territory.
SELECT s.project_id, s.cut, s.share
FROM investment_territory s
JOIN custom_territory_commune m ON m.cut = s.cut
WHERE m.codigo = ?
