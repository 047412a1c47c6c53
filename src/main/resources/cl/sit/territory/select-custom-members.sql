SELECT m.cut, t.nombre, m.peso
FROM custom_territory_commune m
JOIN territory t ON t.cut = m.cut
WHERE m.codigo = ?
ORDER BY m.cut
