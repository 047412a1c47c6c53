-- Projects whose bounding box meets a box (the spatial index answers; the exact test is in Java).
SELECT id, ST_AsBinary(geom) FROM investment_project WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)
