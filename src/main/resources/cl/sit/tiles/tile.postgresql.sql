-- One Mapbox Vector Tile of one layer, with the layer's data generation read in the same statement (so in the same
-- snapshot: the tile's ETag names exactly the data it shows). See PostgisTileStore for the placeholders filled
-- from the registry. Parameters: layer name, the feature id column (only for layers with an integer id that is no
-- attribute), z, x, y, the buffered tile box in EPSG:4326 (west, south, east, north), the owning communes, if any,
-- today's date twice for layers with a validity period (only the units in force today are drawn), the smallest
-- width or height a line or polygon must have (metres, TileEncoder.MIN_SIZE grid units) twice, then the layer id
-- (for layer_generation).
-- The && on the 4326 box uses the spatial index; ST_AsMVTGeom clips the stored Web Mercator copy ({geom3857}, see
-- V8__web_mercator_copy.sql) to the tile plus 64 units, snaps to the 4096 grid and returns NULL for what collapses.
SELECT g.generation, g.changed_at, t.mvt
FROM (
    SELECT ST_AsMVT(tile, ?, 4096, 'geom'{featureId}) AS mvt
    FROM (
        SELECT ST_AsMVTGeom({geom3857}, ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom{columns}
        FROM {table}
        WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
            AND (ST_Dimension({geom}) = 0 OR ST_XMax({geom3857}) - ST_XMin({geom3857}) >= ?
                OR ST_YMax({geom3857}) - ST_YMin({geom3857}) >= ?)
    ) AS tile
    WHERE tile.geom IS NOT NULL
) AS t
LEFT JOIN layer_generation AS g ON g.layer_id = ?
