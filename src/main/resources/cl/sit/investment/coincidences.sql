-- Communes, sectors and years in which projects of two or more programmes run at once: the "same commune, sector
-- and years" of the overlaps counted per cell, not per pair (pairs grew with the square of a commune's projects).
-- A project runs in a year when it has an amount for it; its communes are its commune shares
-- (investment_unit_share). Parameters: first and last year, how many communes filter (0: none) and their array.
SELECT u.unidad AS comuna, p.sector AS sector, a.anio AS anio, COUNT(DISTINCT p.programa) AS programas,
       COUNT(DISTINCT p.id) AS proyectos
FROM investment_unit_share u
JOIN investment_project p ON p.id = u.project_id
JOIN investment_amount a ON a.project_id = u.project_id
WHERE u.nivel = 'comuna' AND a.anio BETWEEN ? AND ? AND (? = 0 OR u.unidad = ANY(?))
GROUP BY u.unidad, p.sector, a.anio
HAVING COUNT(DISTINCT p.programa) >= 2
