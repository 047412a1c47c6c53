-- coincidences.sql read from what was kept when the projects were written (V27, territory/insert-commune-coincidences
-- .sql): the same cells, same columns. Parameters: first and last year, how many communes filter (0: none) and their
-- array.
SELECT comuna, sector, anio, programas, proyectos
FROM investment_commune_coincidence
WHERE anio BETWEEN ? AND ? AND (? = 0 OR comuna = ANY(?))
