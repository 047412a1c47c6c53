-- A custom territory's population: its communes' populations times their weights, per year and kind.
SELECT m.codigo, p.anio, p.tipo, SUM(p.poblacion * m.peso), MIN(p.fuente)
FROM population p
JOIN custom_territory_commune m ON m.cut = p.cut
WHERE p.anio <= ?
GROUP BY m.codigo, p.anio, p.tipo
