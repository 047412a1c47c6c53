package cl.sit.layer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link LayerRegistry} of the layers given, in that order, for slice tests; refreshing changes nothing. */
public final class FixedLayerRegistry implements LayerRegistry {

    private final Map<String, Layer> layers = new LinkedHashMap<>();

    public FixedLayerRegistry(Layer... layers) {
        for (Layer layer : layers) {
            this.layers.put(layer.id(), layer);
        }
    }

    @Override
    public List<Layer> all() {
        return List.copyOf(layers.values());
    }

    @Override
    public Optional<Layer> find(String id) {
        return Optional.ofNullable(layers.get(id));
    }

    @Override
    public void refresh() {}
}
