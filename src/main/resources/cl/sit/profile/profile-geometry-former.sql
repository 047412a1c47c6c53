SELECT ST_AsBinary(geom) FROM former_territory WHERE cut = ?
