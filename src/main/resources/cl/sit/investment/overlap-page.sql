-- A page of the stored pairs matched at distance ? (pairs sharing commune, sector and years match at any
-- distance), strongest reason first, then the distance and the ids. {overlaps}: every pair, or those of a
-- territory (ProjectsInTerritory.pairs).
SELECT o.proyecto_a, o.proyecto_b, o.motivos, o.distancia_m
FROM {overlaps} o
WHERE o.distancia_m <= ?
ORDER BY o.motivo, o.distancia_m, o.proyecto_a, o.proyecto_b
LIMIT ? OFFSET ?
