SELECT numero, ST_AsBinary(geom) FROM regionalization_region WHERE regionalization_id = ? ORDER BY numero
