-- The programmes of one cell of coincidences.sql (commune, sector, year) with their number of projects.
SELECT p.programa, COUNT(DISTINCT p.id)
FROM investment_unit_share u
JOIN investment_project p ON p.id = u.project_id
JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.nivel = 'comuna' AND u.unidad = ? AND p.sector = ? AND a.anio = ?
GROUP BY p.programa
ORDER BY 2 DESC, 1
