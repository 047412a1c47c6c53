-- A custom territory's population: its communes' populations times their weights (as the indicators do).
SELECT p.anio, p.tipo, SUM(p.poblacion * m.peso), MIN(p.fuente)
FROM population p
JOIN custom_territory_commune m ON m.cut = p.cut
WHERE m.codigo = ?
GROUP BY p.anio, p.tipo
ORDER BY p.anio, p.tipo
