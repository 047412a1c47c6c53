-- Population of a former unit per year: the sum of its communes' (of today, bound as an array), for the years and
-- kinds every one of them has (the second parameter is their number).
SELECT anio, tipo, SUM(poblacion), MIN(fuente)
FROM population
WHERE cut = ANY(?)
GROUP BY anio, tipo
HAVING COUNT(*) = ?
ORDER BY anio, tipo
