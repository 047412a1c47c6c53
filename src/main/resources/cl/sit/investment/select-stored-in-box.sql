-- Stored projects whose bounding box meets a box (the written projects' search boxes around a group of them, see
-- CandidatePairs) and whose years meet a span, with their bounding box and years: read once for the group, answered in
-- memory. At most the last parameter's rows (more, and the group is asked project by project). The casts keep H2's
-- spatial index lookup fast (see select-near-pairs-of.sql).
SELECT p.id, ST_XMin(p.geom), ST_YMin(p.geom), ST_XMax(p.geom), ST_YMax(p.geom), p.anio_inicio, p.anio_fin
FROM investment_project p
WHERE p.geom && ST_MakeEnvelope(CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION),
                                CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE PRECISION), 4326)
  AND p.anio_fin >= CAST(? AS INTEGER) AND p.anio_inicio <= CAST(? AS INTEGER)
FETCH FIRST CAST(? AS INTEGER) ROWS ONLY
