-- The drawn zone of a custom territory (NULL for a set of communes).
SELECT ST_AsBinary(geom) FROM custom_territory WHERE codigo = ?
