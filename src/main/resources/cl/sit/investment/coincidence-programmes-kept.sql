-- coincidence-programmes.sql read from what was kept when the projects were written.
SELECT programa, proyectos
FROM investment_commune_programme
WHERE comuna = ? AND sector = ? AND anio = ?
ORDER BY 2 DESC, 1
