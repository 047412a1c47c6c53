-- Communes' land as BCN publishes it (no water), near a box: the commune's own (whether any is stored) and the
-- others', which the shore tolerance must not reach into.
SELECT cut, ST_AsBinary(geom) FROM commune_published WHERE ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326))
