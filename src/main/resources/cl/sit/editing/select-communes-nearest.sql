-- The communes nearest to a geometry (bound as WKB), nearest first by planar distance in degrees: candidates only;
-- the distance in metres is measured in Java.
SELECT cut FROM territory
WHERE nivel = 'comuna'
ORDER BY ST_Distance(geom, ST_GeomFromWKB(?, 4326)), cut
LIMIT 5
