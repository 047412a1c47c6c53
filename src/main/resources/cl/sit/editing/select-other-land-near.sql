-- Other communes' land as BCN publishes it (no water), near a box: what the shore tolerance must not reach into.
SELECT ST_AsBinary(geom) FROM commune_published
WHERE cut <> ? AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))
