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

/**
 * {@link TileStore} for H2GIS: reads the features whose geometry intersects the buffered tile through the
 * {@link FeatureStore} (the same bbox query as {@code /items}, through the spatial index) and encodes them with
 * {@link TileEncoder}. An empty read costs no encoding. The layer's generation is read first, so the features
 * are never older than it.
 */
final class JavaTileStore implements TileStore {

    private final FeatureStore features;
    private final LayerGenerations generations;

    JavaTileStore(FeatureStore features, LayerGenerations generations) {
        this.features = features;
        this.generations = generations;
    }

    @Override
    public Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners) {
        Generation generation = generations.of(layer.id());
        FeatureQuery query = new FeatureQuery(tile.bufferedLonLat(), Map.of(), owners, Integer.MAX_VALUE, 0);
        TileEncoder encoder = new TileEncoder(tile);
        boolean featureId = TileSchema.idIsFeatureId(layer);
        boolean idProperty = TileSchema.idIsExtraProperty(layer);
        features.forEach(layer, query, f -> encoder.add(featureId ? (Long) f.id() : null,
                properties(layer, f, idProperty), f.geometry()));
        return new Rendered(encoder.isEmpty() ? new byte[0] : encoder.encode(layer.id()), generation);
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
