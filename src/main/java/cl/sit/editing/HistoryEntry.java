package cl.sit.editing;

import java.time.OffsetDateTime;

/**
 * One change of an editable feature.
 *
 * @param layerId layer (collection id)
 * @param featureId feature id
 * @param version the feature's version after the change
 * @param operation {@code create}, {@code update}, {@code delete} or {@code revert}
 * @param cut owning commune
 * @param before GeoJSON Feature before the change, null for a creation
 * @param after GeoJSON Feature after the change, null for a deletion
 * @param username who made it
 * @param changedAt when
 * @param reason why, when the user said
 */
record HistoryEntry(
        String layerId,
        long featureId,
        int version,
        String operation,
        String cut,
        String before,
        String after,
        String username,
        OffsetDateTime changedAt,
        String reason) {}
