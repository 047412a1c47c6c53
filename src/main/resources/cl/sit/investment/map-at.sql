-- The projects whose geometry meets a small box around a clicked point, nearest first (distance in degrees, only
-- to order). Parameters: the point (lon, lat), the box (west, south, east, north) twice, the filter values
-- ({filter}, TileOptions.sql), the limit.
SELECT id, nombre, codigo_bip, programa
FROM (
    SELECT id, nombre, codigo_bip, programa, ST_Distance(geom, ST_SetSRID(ST_MakePoint(?, ?), 4326)) AS d
    FROM investment_project
    WHERE geom && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_Intersects(geom, ST_MakeEnvelope(?, ?, ?, ?, 4326)){filter}
) AS near
ORDER BY d, id
LIMIT ?
