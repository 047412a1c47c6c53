SELECT ST_AsBinary(geom) FROM territory WHERE cut = ?
