INSERT INTO urban_centre (nombre, comuna, cut, geom) VALUES (?, ?, ?, ST_GeomFromWKB(?, 4326))
