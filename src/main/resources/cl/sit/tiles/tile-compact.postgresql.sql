-- A map's compact tile (TileOptions.compact) of one layer, with the layer's data generation read in the same
-- statement (see tile.postgresql.sql for the placeholders and the candidate selection). Points, and lines and
-- polygons smaller than TileOptions.DOT grid units both ways (4 pixels: they would look like a dot), are counted
-- per pixel of a 256 pixel tile by the centre of their box: one point per pixel, at the pixel's position on the 4096
-- grid, with n = the number of features there and the smallest id as feature id (pixels -4 to 260: the tile and its
-- margin of 4 pixels). Larger lines and polygons keep only their id.
-- At a million rows the cost is per row, so each row's box is computed once (Box2D, behind OFFSET 0 so the planner
-- does not inline it into every use) and the pixel by arithmetic on it: ST_AsMVTGeom or ST_PointOnSurface per
-- point, or ST_XMin on the geometry in each expression, made a tile of 800,000 candidates 2 to 8 times slower.
-- Parameters: z, x, y; then twice (dots, then larger paths): the buffered tile box in EPSG:4326 (west, south, east,
-- north), the owning communes and filter values, if any, today's date twice for layers with a validity period, the
-- dot size (metres) twice; then the layer name and the layer id (for layer_generation).
WITH bounds AS MATERIALIZED (
    SELECT ST_XMin(env) AS west, ST_YMax(env) AS north, (ST_XMax(env) - ST_XMin(env)) / 256 AS pixel, env
    FROM (SELECT ST_TileEnvelope(?, ?, ?) AS env) AS e
)
SELECT g.generation, g.changed_at, t.mvt
FROM (
    SELECT ST_AsMVT(tile, ?, 4096, 'geom', 'id') AS mvt
    FROM (
        SELECT min(id) AS id, count(*)::integer AS n, ST_MakePoint(cx * 16, cy * 16) AS geom
        FROM (
            SELECT id, floor(((ST_XMin(bb) + ST_XMax(bb)) / 2 - b.west) / b.pixel + 0.5)::integer AS cx,
                floor((b.north - (ST_YMin(bb) + ST_YMax(bb)) / 2) / b.pixel + 0.5)::integer AS cy
            FROM (
                SELECT {id} AS id, Box2D({geom3857}) AS bb
                FROM {table}
                WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
                OFFSET 0
            ) AS r, bounds AS b
            WHERE ST_XMax(bb) - ST_XMin(bb) < ? AND ST_YMax(bb) - ST_YMin(bb) < ?
            OFFSET 0
        ) AS dots
        WHERE cx BETWEEN -4 AND 260 AND cy BETWEEN -4 AND 260
        GROUP BY cx, cy
        UNION ALL
        SELECT id, NULL, ST_AsMVTGeom(g, b.env, 4096, 64, true)
        FROM (
            SELECT {id} AS id, {geom3857} AS g, Box2D({geom3857}) AS bb
            FROM {table}
            WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
            OFFSET 0
        ) AS r, bounds AS b
        WHERE NOT (ST_XMax(bb) - ST_XMin(bb) < ? AND ST_YMax(bb) - ST_YMin(bb) < ?)
    ) AS tile
    WHERE tile.geom IS NOT NULL
) AS t
LEFT JOIN layer_generation AS g ON g.layer_id = ?
