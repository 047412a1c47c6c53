package cl.sit.layer;

import java.util.Set;

/**
 * Which features of a layer the current user may read. Editable layers show anonymous users only the communes
 * where the layer is published; editors also see their own communes; admins see everything.
 */
public interface LayerVisibility {

    /** Owning communes whose features the current user may read; null when there is no restriction. */
    Set<String> visibleOwners(Layer layer);
}
