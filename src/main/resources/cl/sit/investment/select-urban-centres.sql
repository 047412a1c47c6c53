SELECT nombre, cut, ST_AsBinary(geom) FROM urban_centre WHERE cut LIKE ? ORDER BY cut, nombre
