-- A map's compact tile (TileOptions.compact) of one layer, with the layer's data generation read in the same
-- statement (see tile.postgresql.sql for the placeholders and the candidate selection). Points (of dimension 0) are
-- snapped to a 256 grid (one cell per pixel of a 256 pixel tile) and counted per cell: one point per cell, at the
-- cell's position on the 4096 grid, with n = the number of features there and the smallest id as feature id. Lines
-- and polygons keep only their id. Parameters: the buffered tile box in EPSG:4326 (west,
-- south, east, north), the owning communes and filter values, if any, today's date twice for layers with a validity
-- period, the smallest width or height of a line or polygon (metres) twice, z, x, y, the layer name, then the layer
-- id (for layer_generation).
WITH candidates AS (
    SELECT {id} AS id, {geom3857} AS g, ST_Dimension({geom}) = 0 AS point
    FROM {table}
    WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
        AND (ST_Dimension({geom}) = 0 OR ST_XMax({geom3857}) - ST_XMin({geom3857}) >= ?
            OR ST_YMax({geom3857}) - ST_YMin({geom3857}) >= ?)
), bounds AS (
    SELECT ST_TileEnvelope(?, ?, ?) AS env
), cells AS (
    SELECT c.id, ST_AsMVTGeom(ST_PointOnSurface(c.g), b.env, 256, 4, true) AS p
    FROM candidates AS c, bounds AS b
    WHERE c.point
)
SELECT g.generation, g.changed_at, t.mvt
FROM (
    SELECT ST_AsMVT(tile, ?, 4096, 'geom', 'id') AS mvt
    FROM (
        SELECT min(id) AS id, count(*)::integer AS n,
            ST_MakePoint(ST_X(p) * 16, ST_Y(p) * 16) AS geom
        FROM cells
        WHERE p IS NOT NULL
        GROUP BY ST_X(p), ST_Y(p)
        UNION ALL
        SELECT c.id, NULL, ST_AsMVTGeom(c.g, b.env, 4096, 64, true)
        FROM candidates AS c, bounds AS b
        WHERE NOT c.point
    ) AS tile
    WHERE tile.geom IS NOT NULL
) AS t
LEFT JOIN layer_generation AS g ON g.layer_id = ?
