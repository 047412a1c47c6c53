package cl.sit.layer;

import java.util.Optional;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;

/** Reads features of registered layers. */
public interface FeatureStore {

    /** Number of features matching the query's filters (ignoring its page). */
    long count(Layer layer, FeatureQuery query);

    /** Streams one page of matching features, ordered by id, to {@code sink}; returns how many were sent. */
    int forEach(Layer layer, FeatureQuery query, Consumer<Feature> sink);

    /** The feature with this id (given as URL text); empty when there is none. */
    Optional<Feature> findById(Layer layer, String id);

    /** Bounding box of all features, empty when the layer has none. */
    Optional<Envelope> extent(Layer layer);
}
