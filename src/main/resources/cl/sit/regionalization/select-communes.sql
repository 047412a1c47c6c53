SELECT cut, nombre, area_km2, superficie_oficial_km2, ST_AsBinary(geom) FROM territory WHERE nivel = 'comuna' AND cut LIKE ? ORDER BY cut
