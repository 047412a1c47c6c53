-- Projects whose bounding box meets the search envelope (the spatial index prefilter; JTS decides) and whose years
-- overlap [?, ?]: the neighbours a written project may pair with by distance.
SELECT id FROM investment_project
WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND anio_inicio <= ? AND anio_fin >= ?
