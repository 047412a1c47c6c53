/**
 * Vector tiles (Mapbox Vector Tile 2.1) for every layer with geometry:
 * {@code /tiles/{collectionId}/{z}/{x}/{y}.mvt} in the Web Mercator tiling scheme (EPSG:3857, XYZ, y down) and a
 * TileJSON 3.0.0 document per layer. PostGIS renders with {@code ST_AsMVT}; H2GIS has none, so
 * {@link cl.sit.tiles.TileEncoder} encodes the same rows in Java. Tile coordinates are checked before any SQL
 * ({@link cl.sit.tiles.TileCoordinates}); an empty tile is a 204 with no body.
 *
 * <p>Owns no table. Reads {@code layer_generation} (owned elsewhere).
 */
@Owns(reads = {"layer_generation"})
package cl.sit.tiles;

import cl.sit.system.Owns;
