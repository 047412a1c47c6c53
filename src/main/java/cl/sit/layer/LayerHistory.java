package cl.sit.layer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/** Editable layers as they were at a past moment, rebuilt from their history. */
public interface LayerHistory {

    /** The features that existed at {@code at}, ordered by id; {@code owners} limits them (null: all). */
    List<Feature> asOf(Layer layer, OffsetDateTime at, Set<String> owners);
}
