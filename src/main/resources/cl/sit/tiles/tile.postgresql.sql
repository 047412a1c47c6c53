-- One Mapbox Vector Tile of one layer (see PostgisTileStore for the placeholders filled from the registry).
-- Parameters: layer name, the feature id column (only for layers with an integer id that is no attribute),
-- z, x, y, the buffered tile box in EPSG:4326 (west, south, east, north), then the owning communes, if any.
-- The && on the 4326 box uses the spatial index; ST_AsMVTGeom clips the stored Web Mercator copy ({geom3857}, see
-- V8__web_mercator_copy.sql) to the tile plus 64 units, snaps to the 4096 grid and returns NULL for what collapses.
SELECT ST_AsMVT(tile, ?, 4096, 'geom'{featureId})
FROM (
    SELECT ST_AsMVTGeom({geom3857}, ST_TileEnvelope(?, ?, ?), 4096, 64, true) AS geom{columns}
    FROM {table}
    WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
) AS tile
WHERE tile.geom IS NOT NULL
