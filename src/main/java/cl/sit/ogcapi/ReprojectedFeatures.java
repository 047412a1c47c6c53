package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;

/**
 * A {@link FeatureStore} whose features come out in another {@link ServedCrs} (the {@code crs} parameter). The
 * query itself stays in the stored CRS; only the geometry written is transformed, in Java, so H2GIS and PostGIS
 * give the same bytes.
 */
final class ReprojectedFeatures implements FeatureStore {

    private final FeatureStore store;
    private final ServedCrs crs;

    private ReprojectedFeatures(FeatureStore store, ServedCrs crs) {
        this.store = store;
        this.crs = crs;
    }

    /** {@code store} itself for CRS84 (the stored CRS), else a view of it in {@code crs}. */
    static FeatureStore of(FeatureStore store, ServedCrs crs) {
        return crs == ServedCrs.CRS84 ? store : new ReprojectedFeatures(store, crs);
    }

    static Feature feature(Feature f, ServedCrs crs) {
        return crs == ServedCrs.CRS84 ? f : new Feature(f.id(), f.properties(), crs.fromCrs84(f.geometry()));
    }

    @Override
    public long count(Layer layer, FeatureQuery query) {
        return store.count(layer, query);
    }

    @Override
    public int forEach(Layer layer, FeatureQuery query, Consumer<Feature> sink) {
        return store.forEach(layer, query, f -> sink.accept(feature(f, crs)));
    }

    @Override
    public Optional<Feature> findById(Layer layer, String id) {
        return store.findById(layer, id).map(f -> feature(f, crs));
    }

    /** The extent stays CRS84, as collections describe it. */
    @Override
    public Optional<Envelope> extent(Layer layer, Set<String> owners) {
        return store.extent(layer, owners);
    }

    @Override
    public boolean anyIllustrative(Layer layer) {
        return store.anyIllustrative(layer);
    }
}
