SELECT codigo, nombre, designacion, ST_AsBinary(geom) FROM protected_area ORDER BY codigo
