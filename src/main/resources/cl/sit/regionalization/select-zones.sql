SELECT geocodigo, comuna, poblacion_2017, area_km2, ST_AsBinary(geom) FROM census_zone WHERE cut = ? ORDER BY geocodigo
