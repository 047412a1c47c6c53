-- The zone of every custom territory drawn as a polygon.
SELECT codigo, ST_AsBinary(geom) FROM custom_territory WHERE tipo = 'poligono'
