SELECT codigo, nombre, designacion, ST_AsBinary(geom) FROM priority_site ORDER BY codigo
