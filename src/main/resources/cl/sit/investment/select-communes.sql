SELECT cut, nombre, ST_AsBinary(geom) FROM territory WHERE nivel = 'comuna' AND cut LIKE ? ORDER BY cut
