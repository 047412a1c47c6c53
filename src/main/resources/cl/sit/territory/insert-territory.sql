INSERT INTO territory (cut, nombre, nivel, cut_padre, vigente_desde, area_km2, fuente, geom)
VALUES (?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
