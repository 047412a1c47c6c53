SELECT cut, nombre, ST_AsBinary(geom) FROM territory WHERE cut = ? AND nivel = 'comuna'
