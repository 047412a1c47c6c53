package cl.sit.editing;

import cl.sit.layer.Layer;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** Writes features of editable layers; every write is guarded by the feature's version. */
interface EditableFeatures {

    Optional<StoredFeature> find(Layer layer, long id);

    /** Inserts a feature at version {@code version} and returns its id ({@code id} when given, else a new one). */
    long insert(
            Layer layer,
            Long id,
            String cut,
            int version,
            boolean illustrative,
            Map<String, Object> values,
            Geometry geometry);

    /** Replaces values and geometry if the feature is still at {@code expectedVersion}; sets {@code newVersion}. */
    boolean update(
            Layer layer, long id, int expectedVersion, int newVersion, Map<String, Object> values, Geometry geometry);

    /** Deletes the feature if it is still at {@code expectedVersion}. */
    boolean delete(Layer layer, long id, int expectedVersion);
}
