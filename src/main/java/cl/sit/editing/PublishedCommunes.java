package cl.sit.editing;

import java.util.Set;

/**
 * The communes where an editable layer is published, so anyone may read them. The review workflow owns the
 * status and implements this; editing only asks, so it does not depend on the review package.
 */
public interface PublishedCommunes {

    /** Communes (CUT) where layer {@code layerId} is published. */
    Set<String> published(String layerId);
}
