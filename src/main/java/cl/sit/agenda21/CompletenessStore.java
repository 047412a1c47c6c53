package cl.sit.agenda21;

import cl.sit.layer.Layer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the completeness dashboard reads: territorial units, feature counts per commune and the edit summary per
 * (layer, commune). Each read is one grouped query, never one per cell. Communes are selected by CUT prefix: a
 * commune's CUT starts with its region's code ({@code 14102} in {@code 14}), and a full CUT selects one commune.
 */
public interface CompletenessStore {

    /** A territorial unit: CUT code and name. */
    record Unit(String cut, String nombre) {}

    /**
     * The edits of one (layer, commune).
     *
     * @param edits every change recorded in the history
     * @param editsSinceStatus changes after the review status last changed (all of them for a draft without a row)
     * @param lastAt when the latest change was made
     * @param lastBy who made it
     */
    record Edits(String layerId, String cut, int edits, int editsSinceStatus, OffsetDateTime lastAt, String lastBy) {}

    Optional<Unit> region(String cut);

    Optional<Unit> commune(String cut);

    /** The communes of a region, by CUT. */
    List<Unit> communes(String region);

    /** Current features of an editable layer per owning commune, for communes whose CUT starts with the prefix. */
    Map<String, Long> featureCounts(Layer layer, String cutPrefix);

    /** The edit summary of every (layer, commune) of a package that has history, for communes under the prefix. */
    List<Edits> edits(String packageName, String cutPrefix);
}
