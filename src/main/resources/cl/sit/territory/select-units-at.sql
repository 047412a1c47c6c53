-- Every unit in force on a day (bound four times): today's units whose validity covers it and the former units
-- (former_territory) in force then. vigente_hasta is exclusive. Former units carry no official surface of their
-- own (UnitsInForce sums their communes').
SELECT cut, cut AS codigo, nombre, nivel, vigente_desde, vigente_hasta, area_km2, superficie_oficial_km2, geometria
FROM territory
WHERE (vigente_desde IS NULL OR vigente_desde <= ?) AND (vigente_hasta IS NULL OR vigente_hasta > ?)
UNION ALL
SELECT cut, codigo, nombre, nivel, vigente_desde, vigente_hasta, area_km2, CAST(NULL AS double precision),
       CAST(NULL AS varchar(400))
FROM former_territory
WHERE (vigente_desde IS NULL OR vigente_desde <= ?) AND vigente_hasta > ?
ORDER BY nivel, codigo
