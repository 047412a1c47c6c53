UPDATE territory SET area_km2 = ?, fuente = ?, geom = ST_GeomFromWKB(?, 4326) WHERE cut = ?
