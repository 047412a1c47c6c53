SELECT ST_AsBinary(t.geom)
FROM territory t
JOIN custom_territory_commune m ON m.cut = t.cut
WHERE m.codigo = ?
