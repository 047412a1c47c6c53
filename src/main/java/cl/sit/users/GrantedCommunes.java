package cl.sit.users;

import java.util.Set;

/** Where an editor may edit a layer: what editing asks of the grants ({@link Grants} in the application). */
public interface GrantedCommunes {

    /** Communes where {@code username} may edit layer {@code layerId}. */
    Set<String> communes(String username, String layerId);
}
