package cl.sit.tiles;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@link TileStore} for H2GIS: reads the features whose geometry intersects the buffered tile through the
 * {@link FeatureStore} (the same bbox query as {@code /items}, through the spatial index) and encodes them with
 * {@link TileEncoder}. An empty read costs no encoding. The layer's generation is read first, so the features
 * are never older than it. A compact tile reads only ids, boxes and the larger paths ({@code tile-compact.h2.sql})
 * and counts points and small paths per pixel cell as {@code tile-compact.postgresql.sql} does.
 */
final class JavaTileStore implements TileStore {

    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
    /** Pixel cells of a compact tile per side, and its margin in cells (as the buffer of 64 grid units). */
    private static final int CELLS = TileCoordinates.EXTENT / TileOptions.CELL;

    private static final int CELL_MARGIN = TileCoordinates.BUFFER / TileOptions.CELL;

    private final FeatureStore features;
    private final LayerGenerations generations;
    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    JavaTileStore(FeatureStore features, LayerGenerations generations, JdbcTemplate jdbc, SqlFiles sql) {
        this.features = features;
        this.generations = generations;
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options) {
        Generation generation = generations.of(layer.id());
        if (options.compact()) {
            return new Rendered(compact(layer, tile, owners, options), generation);
        }
        FeatureQuery query = new FeatureQuery(tile.bufferedLonLat(), Map.of(), owners, Integer.MAX_VALUE, 0);
        TileEncoder encoder = new TileEncoder(tile);
        boolean featureId = TileSchema.idIsFeatureId(layer);
        boolean idProperty = TileSchema.idIsExtraProperty(layer);
        features.forEach(layer, query, f -> {
            if (!options.matches(f.properties())) {
                return;
            }
            encoder.add(featureId ? (Long) f.id() : null, properties(layer, f, idProperty), f.geometry());
        });
        return new Rendered(encoder.isEmpty() ? new byte[0] : encoder.encode(layer.id()), generation);
    }

    /**
     * A compact tile ({@code tile-compact.h2.sql}): points, and lines and polygons smaller than
     * {@link TileOptions#DOT} grid units both ways, counted per pixel cell by the centre of their box; larger ones
     * drawn, with their id only.
     */
    private byte[] compact(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options) {
        if (owners != null && owners.isEmpty()) {
            return new byte[0];
        }
        List<Object> params = new ArrayList<>();
        String conditions = TileCandidates.conditions(layer, tile, owners, options, params);
        params.subList(params.size() - 2, params.size()).clear(); // no smallest size: small paths become dots
        String statement = sql.get(JavaTileStore.class, "tile-compact")
                .replace("{id}", quote(layer.idColumn()))
                .replace("{table}", quote(layer.table()))
                .replace("{geom}", quote(Layer.GEOMETRY_COLUMN))
                .replace("{owners}", conditions);
        TileEncoder encoder = new TileEncoder(tile);
        Map<Long, Cell> cells = new TreeMap<>();
        jdbc.query(
                statement,
                rs -> {
                    long id = rs.getLong(1);
                    Envelope box = new Envelope(rs.getDouble(2), rs.getDouble(4), rs.getDouble(3), rs.getDouble(5));
                    byte[] path = rs.getBytes(6);
                    if (path == null || isDot(tile, box)) {
                        count(cells, tile, id, box);
                    } else {
                        encoder.add(id, Map.of(), Wkb.read(path));
                    }
                },
                params.toArray());
        cells.forEach((key, cell) -> encoder.add(cell.id, Map.of("n", cell.n), cellCentre(tile, key)));
        return encoder.isEmpty() ? new byte[0] : encoder.encode(layer.id());
    }

    /** Features in one pixel cell (that of the centre of their box) of a compact tile: how many, the smallest id. */
    private static final class Cell {
        long id = Long.MAX_VALUE;
        int n;
    }

    /** A line or polygon (its box) smaller than {@link TileOptions#DOT} grid units both ways. */
    private static boolean isDot(TileCoordinates tile, Envelope e) {
        return tile.gridX(e.getMaxX()) - tile.gridX(e.getMinX()) < TileOptions.DOT
                && tile.gridY(e.getMinY()) - tile.gridY(e.getMaxY()) < TileOptions.DOT;
    }

    private static void count(Map<Long, Cell> cells, TileCoordinates tile, long id, Envelope box) {
        // The centre of the box in Web Mercator, as the PostGIS statement takes it from the stored 3857 copy.
        long cx = Math.round((tile.gridX(box.getMinX()) + tile.gridX(box.getMaxX())) / 2 / TileOptions.CELL);
        long cy = Math.round((tile.gridY(box.getMinY()) + tile.gridY(box.getMaxY())) / 2 / TileOptions.CELL);
        if (cx < -CELL_MARGIN || cx > CELLS + CELL_MARGIN || cy < -CELL_MARGIN || cy > CELLS + CELL_MARGIN) {
            return;
        }
        Cell cell = cells.computeIfAbsent(
                (cy + CELL_MARGIN) * (CELLS + 4L * CELL_MARGIN) + cx + CELL_MARGIN, k -> new Cell());
        cell.n++;
        cell.id = Math.min(cell.id, id);
    }

    private static Geometry cellCentre(TileCoordinates tile, long key) {
        long width = CELLS + 4L * CELL_MARGIN;
        double cx = Math.floorMod(key, width) - CELL_MARGIN;
        double cy = Math.floorDiv(key, width) - CELL_MARGIN;
        double column = tile.x() + cx * TileOptions.CELL / TileCoordinates.EXTENT;
        double row = tile.y() + cy * TileOptions.CELL / TileCoordinates.EXTENT;
        return LON_LAT.createPoint(new Coordinate(tile.lon(column), tile.lat(row)));
    }

    private static Map<String, Object> properties(Layer layer, Feature f, boolean idProperty) {
        if (!idProperty) {
            return f.properties();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(layer.idColumn(), String.valueOf(f.id()));
        properties.putAll(f.properties());
        return properties;
    }
}
