-- Communes whose box touches the geometry's box (the tolerance is a few metres; the exact test is in Java).
SELECT cut FROM territory
WHERE nivel = 'comuna' AND geom && ST_Expand(ST_MakeEnvelope(?, ?, ?, ?, 4326), 0.01)
ORDER BY cut
