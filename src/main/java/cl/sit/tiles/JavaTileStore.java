package cl.sit.tiles;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * {@link TileStore} for H2GIS: reads the features whose geometry intersects the buffered tile through the
 * {@link FeatureStore} (the same bbox query as {@code /items}, through the spatial index) and encodes them with
 * {@link TileEncoder}. An empty read costs no encoding. The layer's generation is read first, so the features
 * are never older than it. A compact tile counts points and small paths per pixel cell as
 * {@code tile-compact.postgresql.sql} does.
 */
final class JavaTileStore implements TileStore {

    private static final GeometryFactory LON_LAT = new GeometryFactory(new PrecisionModel(), 4326);
    /** Pixel cells of a compact tile per side, and its margin in cells (as the buffer of 64 grid units). */
    private static final int CELLS = TileCoordinates.EXTENT / TileOptions.CELL;
    private static final int CELL_MARGIN = TileCoordinates.BUFFER / TileOptions.CELL;

    private final FeatureStore features;
    private final LayerGenerations generations;

    JavaTileStore(FeatureStore features, LayerGenerations generations) {
        this.features = features;
        this.generations = generations;
    }

    @Override
    public Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options) {
        Generation generation = generations.of(layer.id());
        FeatureQuery query = new FeatureQuery(tile.bufferedLonLat(), Map.of(), owners, Integer.MAX_VALUE, 0);
        TileEncoder encoder = new TileEncoder(tile);
        boolean featureId = TileSchema.idIsFeatureId(layer);
        boolean idProperty = TileSchema.idIsExtraProperty(layer);
        Map<Long, Cell> cells = new TreeMap<>();
        features.forEach(layer, query, f -> {
            if (!options.matches(f.properties())) {
                return;
            }
            if (!options.compact()) {
                encoder.add(featureId ? (Long) f.id() : null, properties(layer, f, idProperty), f.geometry());
            } else if (f.geometry().getDimension() == 0 || isDot(tile, f.geometry())) {
                count(cells, tile, f);
            } else {
                encoder.add(((Number) f.id()).longValue(), Map.of(), f.geometry());
            }
        });
        cells.forEach((key, cell) -> encoder.add(cell.id, Map.of("n", cell.n), cellCentre(tile, key)));
        return new Rendered(encoder.isEmpty() ? new byte[0] : encoder.encode(layer.id()), generation);
    }

    /** Features in one pixel cell (that of the centre of their box) of a compact tile: how many, the smallest id. */
    private static final class Cell {
        long id = Long.MAX_VALUE;
        int n;
    }

    /** A line or polygon smaller than {@link TileOptions#DOT} grid units both ways. */
    private static boolean isDot(TileCoordinates tile, Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        return tile.gridX(e.getMaxX()) - tile.gridX(e.getMinX()) < TileOptions.DOT
                && tile.gridY(e.getMinY()) - tile.gridY(e.getMaxY()) < TileOptions.DOT;
    }

    private static void count(Map<Long, Cell> cells, TileCoordinates tile, Feature f) {
        // The centre of the box in Web Mercator, as the PostGIS statement takes it from the stored 3857 copy.
        Envelope box = f.geometry().getEnvelopeInternal();
        long cx = Math.round((tile.gridX(box.getMinX()) + tile.gridX(box.getMaxX())) / 2 / TileOptions.CELL);
        long cy = Math.round((tile.gridY(box.getMinY()) + tile.gridY(box.getMaxY())) / 2 / TileOptions.CELL);
        if (cx < -CELL_MARGIN || cx > CELLS + CELL_MARGIN || cy < -CELL_MARGIN || cy > CELLS + CELL_MARGIN) {
            return;
        }
        Cell cell = cells.computeIfAbsent((cy + CELL_MARGIN) * (CELLS + 4L * CELL_MARGIN) + cx + CELL_MARGIN,
                k -> new Cell());
        cell.n++;
        cell.id = Math.min(cell.id, ((Number) f.id()).longValue());
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
