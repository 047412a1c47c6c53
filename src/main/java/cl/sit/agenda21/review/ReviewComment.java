package cl.sit.agenda21.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * A comment on a feature during review.
 *
 * @param id identifier
 * @param capa the layer
 * @param elemento the feature's id
 * @param comuna the feature's commune when the comment was made
 * @param autor who wrote it
 * @param fecha when
 * @param texto what it says
 * @param resueltoPor who marked it resolved, or null while open
 * @param resueltoFecha when, or null while open
 */
public record ReviewComment(
        long id,
        String capa,
        long elemento,
        String comuna,
        String autor,
        OffsetDateTime fecha,
        String texto,
        String resueltoPor,
        OffsetDateTime resueltoFecha) {

    @JsonProperty("resuelto")
    public boolean resuelto() {
        return resueltoFecha != null;
    }
}
