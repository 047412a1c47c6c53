-- A map's compact tile (TileOptions.compact) of one layer, with the layer's data generation read in the same
-- statement (see tile.postgresql.sql for the placeholders and the candidate selection). Points, and lines and
-- polygons smaller than TileOptions.DOT grid units both ways (4 pixels: they would look like a dot), are snapped to a
-- 256 grid (one cell per pixel of a 256 pixel tile) by their ST_PointOnSurface and counted per cell: one point per
-- cell, at the cell's position on the 4096 grid, with n = the number of features there and the smallest id as
-- feature id (cells -4 to 260: the tile and its margin of 4 pixels). Larger lines and polygons keep only their id. Parameters: the dot size (metres) twice, the buffered tile box in EPSG:4326 (west,
-- south, east, north), the owning communes and filter values, if any, today's date twice for layers with a validity
-- period, z, x, y, the layer name, then the layer id (for layer_generation).
WITH candidates AS (
    SELECT {id} AS id, {geom3857} AS g,
        ST_Dimension({geom}) = 0 OR (ST_XMax({geom3857}) - ST_XMin({geom3857}) < ?
            AND ST_YMax({geom3857}) - ST_YMin({geom3857}) < ?) AS point
    FROM {table}
    WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
), bounds AS (
    SELECT ST_XMin(env) AS west, ST_YMax(env) AS north, (ST_XMax(env) - ST_XMin(env)) / 256 AS pixel,
        env
    FROM (SELECT ST_TileEnvelope(?, ?, ?) AS env) AS e
), cells AS (
    -- The pixel a point falls in, by arithmetic on its coordinates (ST_AsMVTGeom per point costs several times
    -- more): rounded half up, as JavaTileStore does.
    SELECT c.id, floor((ST_X(c.p) - b.west) / b.pixel + 0.5)::integer AS cx,
        floor((b.north - ST_Y(c.p)) / b.pixel + 0.5)::integer AS cy
    FROM (
        SELECT id, CASE WHEN GeometryType(g) = 'POINT' THEN g ELSE ST_PointOnSurface(g) END AS p
        FROM candidates
        WHERE point
    ) AS c, bounds AS b
)
SELECT g.generation, g.changed_at, t.mvt
FROM (
    SELECT ST_AsMVT(tile, ?, 4096, 'geom', 'id') AS mvt
    FROM (
        SELECT min(id) AS id, count(*)::integer AS n, ST_MakePoint(cx * 16, cy * 16) AS geom
        FROM cells
        WHERE cx BETWEEN -4 AND 260 AND cy BETWEEN -4 AND 260
        GROUP BY cx, cy
        UNION ALL
        SELECT c.id, NULL, ST_AsMVTGeom(c.g, b.env, 4096, 64, true)
        FROM candidates AS c, bounds AS b
        WHERE NOT c.point
    ) AS tile
    WHERE tile.geom IS NOT NULL
) AS t
LEFT JOIN layer_generation AS g ON g.layer_id = ?
