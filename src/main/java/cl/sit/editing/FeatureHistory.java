package cl.sit.editing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The history of editable features: one row per change, never updated or deleted. */
interface FeatureHistory {

    void append(HistoryEntry entry);

    /** Every change of one feature, oldest first. */
    List<HistoryEntry> of(String layerId, long featureId);

    /** The latest change of one feature (its current version, or its deletion). */
    Optional<HistoryEntry> latest(String layerId, long featureId);

    /** The GeoJSON snapshots of the features that existed at {@code asOf}, by feature id. */
    List<String> snapshotsAt(String layerId, OffsetDateTime asOf);
}
