SELECT s.cut, t.nombre, s.share, s.method
FROM investment_territory s
JOIN territory t ON t.cut = s.cut
WHERE s.project_id = ?
ORDER BY s.cut
