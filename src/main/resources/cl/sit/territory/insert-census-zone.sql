INSERT INTO census_zone (geocodigo, cut, comuna, poblacion_2017, area_km2, geom)
VALUES (?, ?, ?, ?, ?, ST_GeomFromWKB(?, 4326))
