-- A map's compact tile (TileOptions.compact) on H2GIS, counted per pixel cell by JavaTileStore: each candidate's id
-- and box, and the geometry of lines and polygons only (a large one is drawn; a small one is counted as a dot).
-- Reading whole features with every attribute made a country tile at 1,000,000 projects take 10 to 30 s.
-- Placeholders as in tile-compact.postgresql.sql. Parameters: the buffered tile box in EPSG:4326 (west, south, east,
-- north), then the owning communes and filter values, if any, and today's date twice for layers with a validity
-- period.
SELECT {id}, ST_XMin({geom}), ST_YMin({geom}), ST_XMax({geom}), ST_YMax({geom}),
       CASE WHEN ST_Dimension({geom}) > 0 THEN ST_AsBinary({geom}) END
FROM {table}
WHERE {geom} && ST_MakeEnvelope(?, ?, ?, ?, 4326){owners}
