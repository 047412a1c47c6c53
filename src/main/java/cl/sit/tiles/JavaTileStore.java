package cl.sit.tiles;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link TileStore} for H2GIS: reads the features whose geometry intersects the buffered tile through the
 * {@link FeatureStore} (the same bbox query as {@code /items}, through the spatial index) and encodes them with
 * {@link TileEncoder}. An empty read costs no encoding.
 */
final class JavaTileStore implements TileStore {

    private final FeatureStore features;

    JavaTileStore(FeatureStore features) {
        this.features = features;
    }

    @Override
    public byte[] tile(Layer layer, TileCoordinates tile, Set<String> owners) {
        FeatureQuery query = new FeatureQuery(tile.bufferedLonLat(), Map.of(), owners, Integer.MAX_VALUE, 0);
        TileEncoder encoder = new TileEncoder(tile);
        boolean featureId = TileSchema.idIsFeatureId(layer);
        boolean idProperty = TileSchema.idIsExtraProperty(layer);
        features.forEach(layer, query, f -> encoder.add(featureId ? (Long) f.id() : null,
                properties(layer, f, idProperty), f.geometry()));
        return encoder.isEmpty() ? new byte[0] : encoder.encode(layer.id());
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
