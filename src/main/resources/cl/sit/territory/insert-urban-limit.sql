INSERT INTO urban_limit (nombre, comuna, cut, instrumento, administra, diario_oficial, area_km2, geom)
VALUES (?, ?, ?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
