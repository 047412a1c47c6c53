-- Population of every unit of the level up to the last year asked for (projections and census counts).
SELECT p.cut, p.anio, p.tipo, p.poblacion, p.fuente
FROM population p
JOIN territory t ON t.cut = p.cut
WHERE t.nivel = ? AND p.anio <= ?
