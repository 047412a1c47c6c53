-- A page of the stored pairs matched at distance ? (pairs sharing commune, sector and years match at any
-- distance), strongest reason first, then the distance and the ids. The pairs of a territory
-- (ProjectsInTerritory.pairs): read from its projects through the pair indexes in place of the table, or kept by the
-- predicate as every pair is walked. A plain WHERE, so that H2 walks the page index in order and stops (a derived
-- table made it read and sort all 567,163 pairs of a region: 5.4 s against 46 ms).
SELECT o.proyecto_a, o.proyecto_b, o.motivos, o.distancia_m
FROM {overlaps} o
WHERE {pair_in_territory} AND o.distancia_m <= ?
ORDER BY o.motivo, o.distancia_m, o.proyecto_a, o.proyecto_b
LIMIT ? OFFSET ?
