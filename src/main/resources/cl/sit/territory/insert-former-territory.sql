INSERT INTO former_territory (cut, codigo, nombre, nivel, cut_padre, vigente_desde, vigente_hasta, area_km2, fuente,
                              geom)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
