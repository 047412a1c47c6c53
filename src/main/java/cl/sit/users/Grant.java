package cl.sit.users;

import java.time.OffsetDateTime;

/**
 * Permission of an editor to edit one layer (or every editable layer: {@code *}) of one commune.
 *
 * @param username the editor
 * @param cut the commune
 * @param layerId collection id, or {@link #ALL_LAYERS}
 * @param grantedBy admin who granted it
 * @param grantedAt when
 */
public record Grant(String username, String cut, String layerId, String grantedBy, OffsetDateTime grantedAt) {

    public static final String ALL_LAYERS = "*";
}
