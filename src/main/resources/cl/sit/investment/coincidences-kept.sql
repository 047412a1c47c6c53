-- coincidences.sql read from what was kept when the projects were written (V25, territory/insert-commune-programmes.sql):
-- the same cells, same columns. Parameters: first and last year, how many communes filter (0: none) and their array.
SELECT comuna, sector, anio, COUNT(*) AS programas, SUM(proyectos) AS proyectos
FROM investment_commune_programme
WHERE anio BETWEEN ? AND ? AND (? = 0 OR comuna = ANY(?))
GROUP BY comuna, sector, anio
HAVING COUNT(*) >= 2
