INSERT INTO commune_published (cut, nombre, area_km2, fuente, geom) VALUES (?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
