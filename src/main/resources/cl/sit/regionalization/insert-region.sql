INSERT INTO regionalization_region (regionalization_id, numero, geom) VALUES (?, ?, ST_GeomFromWKB(?, 4326))
