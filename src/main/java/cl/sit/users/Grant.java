package cl.sit.users;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * Permission of an editor to edit one layer (or every editable layer: {@code *}) of one commune. In JSON (the
 * {@code permisos} of {@code /api/users}) its members are {@code usuario}, {@code cut}, {@code capa},
 * {@code otorgado_por} and {@code otorgado_fecha}.
 *
 * @param username the editor
 * @param cut the commune
 * @param layerId collection id, or {@link #ALL_LAYERS}
 * @param grantedBy admin who granted it
 * @param grantedAt when
 */
public record Grant(
        @JsonProperty("usuario") String username,
        String cut,
        @JsonProperty("capa") String layerId,
        @JsonProperty("otorgado_por") String grantedBy,
        @JsonProperty("otorgado_fecha") OffsetDateTime grantedAt) {

    public static final String ALL_LAYERS = "*";
}
