-- A page of the stored pairs matched at distance ? (pairs sharing commune, sector and years match at any
-- distance), strongest reason first, then the distance and the ids. Territory predicate (in_territory): ProjectsInTerritory.
SELECT o.proyecto_a, o.proyecto_b, o.motivos, o.distancia_m
FROM investment_overlap o
WHERE o.distancia_m <= ? AND {in_territory}
ORDER BY o.motivo, o.distancia_m, o.proyecto_a, o.proyecto_b
LIMIT ? OFFSET ?
