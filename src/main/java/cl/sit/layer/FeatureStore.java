package cl.sit.layer;

import java.util.Optional;
import java.util.Set;
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

    /**
     * Bounding box of the features owned by {@code owners} (null: of all features), empty when there are none. An
     * extent is computed per reader, so that it never shows where features the reader may not see lie.
     */
    Optional<Envelope> extent(Layer layer, Set<String> owners);

    /**
     * Whether the layer holds illustrative (generated, not real) data: all of it when the registry says so, or
     * else any feature whose {@value Layer#ILLUSTRATIVE_COLUMN} attribute is true.
     */
    boolean anyIllustrative(Layer layer);
}
