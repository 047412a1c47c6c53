SELECT cut, ST_AsBinary(geom) FROM territory WHERE nivel = 'comuna' ORDER BY cut
