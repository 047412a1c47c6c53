package cl.sit.agenda21.review;

import cl.sit.agenda21.Completeness;
import cl.sit.agenda21.CompletenessStore;
import cl.sit.agenda21.CompletenessStore.Unit;
import cl.sit.agenda21.JdbcCompletenessStore;
import cl.sit.editing.EditPermissions;
import cl.sit.layer.Layer;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the review status of an Agenda 21 layer in one commune, by the rules of {@link StatusTransitions}:
 * 403 without a grant on the pair or for an admin-only change, 409 when the pair is already in the requested
 * status or no longer in the status the client saw ({@code desde}) or the status this change was decided on (a
 * concurrent change came first: the status is written by compare-and-set, so one of two racing changes wins), 422 when an empty layer would be sent to
 * review or published without a note saying why it is empty (a commune may truly have no waste site, but an empty
 * layer must not look complete by accident).
 */
@Component
public class ReviewWorkflow implements StatusChanges {

    /**
     * A requested change.
     *
     * @param layer layer id ({@code a21-uso-suelo}); JSON {@code capa}
     * @param cut commune CUT
     * @param status borrador, revision or publicado; JSON {@code estado}
     * @param nota optional note (required to send an empty layer to review or to publish it)
     * @param desde optional: the status the client saw; when given and different, nothing changes (409)
     */
    public record Request(
            @JsonProperty("capa") String layer,
            String cut,
            @JsonProperty("estado") String status,
            String nota,
            String desde) {}

    /** The body's English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    public static final Map<String, String> RENAMED = Map.of("layer", "capa", "status", "estado");

    /** The change made: the previous and the new status, who, when and the note. */
    public record Outcome(
            String capa,
            String cut,
            String anterior,
            String estado,
            @JsonProperty("estado_por") String estadoPor,
            @JsonProperty("estado_fecha") OffsetDateTime estadoFecha,
            String nota) {}

    private final Completeness completeness;
    private final CompletenessStore store;
    private final ReviewStatus status;
    private final EditPermissions permissions;

    ReviewWorkflow(
            Completeness completeness, CompletenessStore store, ReviewStatus status, EditPermissions permissions) {
        this.completeness = completeness;
        this.store = store;
        this.status = status;
        this.permissions = permissions;
    }

    @Override
    @Transactional
    public Outcome change(Request r) {
        validate(r);
        Layer layer = layer(r.layer());
        Unit commune = commune(r.cut());
        String to = r.status();
        Set<String> granted = permissions.editableCommunes(layer);
        if (granted != null && !granted.contains(commune.cut())) {
            throw forbidden("Su usuario no tiene permiso sobre la capa «" + layer.title() + "» en " + commune.nombre());
        }
        String from = status.of(layer.id(), commune.cut());
        if (r.desde() != null && !r.desde().equals(from)) {
            throw changed(layer, commune, r.desde(), "ahora es «" + StatusTransitions.label(from) + "»");
        }
        allow(from, to, layer, commune);
        String note = r.nota() == null || r.nota().isBlank() ? null : r.nota().strip();
        requireNoteIfEmpty(from, to, note, layer, commune);
        if (!status.change(layer.id(), commune.cut(), from, to, EditPermissions.username(), note)) {
            throw changed(layer, commune, from, "otro usuario lo cambió al mismo tiempo");
        }
        ReviewStatus.Entry now = status.all().stream()
                .filter(s -> s.layerId().equals(layer.id()) && s.cut().equals(commune.cut()))
                .findFirst()
                .orElseThrow();
        return new Outcome(
                layer.id(),
                commune.cut(),
                from,
                now.status(),
                now.changedBy(),
                JdbcCompletenessStore.utc(now.changedAt()),
                now.note());
    }

    /** Refuses a change to the same status (409) and an admin-only change by anyone else (403). */
    private static void allow(String from, String to, Layer layer, Unit commune) {
        switch (StatusTransitions.check(from, to, EditPermissions.isAdmin())) {
            case SAME_STATUS ->
                throw ErrorCode.TRANSITION_NOT_ALLOWED.exception("No se puede pasar de «"
                        + StatusTransitions.label(from) + "» a «" + StatusTransitions.label(to) + "»: la capa «"
                        + layer.title() + "» en " + commune.nombre() + " ya está en ese estado");
            case ADMIN_ONLY ->
                throw forbidden("Solo un administrador puede pasar la capa «" + layer.title() + "» en "
                        + commune.nombre() + " de «" + StatusTransitions.label(from) + "» a «"
                        + StatusTransitions.label(to) + "»");
            case ALLOWED -> {}
        }
    }

    /** Refuses (422) to send an empty layer to review or to publish it without a note saying why it is empty. */
    private void requireNoteIfEmpty(String from, String to, String note, Layer layer, Unit commune) {
        if (StatusTransitions.claimsComplete(from, to)
                && note == null
                && store.featureCounts(layer, commune.cut()).getOrDefault(commune.cut(), 0L) == 0) {
            throw ErrorCode.EMPTY_LAYER.exception("La capa «" + layer.title() + "» no tiene elementos en "
                    + commune.nombre() + ": para pasarla a «" + StatusTransitions.label(to)
                    + "» vacía, explique en la nota por qué (por ejemplo, que la comuna no tiene ninguno)");
        }
    }

    private static void validate(Request r) {
        if (r.layer() == null || r.cut() == null || r.status() == null) {
            throw ErrorCode.INVALID_BODY.exception("Indique 'capa', 'cut' y 'estado' (y si quiere 'nota')");
        }
        if (!r.cut().matches("\\d{5}")) {
            throw ErrorCode.INVALID_BODY.exception("'cut' debe ser el código CUT de una comuna (5 dígitos)");
        }
        if (!ReviewStatus.ALL.contains(r.status()) || (r.desde() != null && !ReviewStatus.ALL.contains(r.desde()))) {
            throw ErrorCode.INVALID_STATUS.exception(
                    "Estado desconocido; válidos: " + String.join(", ", ReviewStatus.ALL));
        }
    }

    private Layer layer(String id) {
        return completeness.layers().stream()
                .filter(l -> l.id().equals(id))
                .findFirst()
                .orElseThrow(() -> ErrorCode.COLLECTION_NOT_FOUND.exception(
                        "No existe la capa '" + id + "' en el paquete Agenda 21"));
    }

    private Unit commune(String cut) {
        return store.commune(cut).orElseThrow(() -> ErrorCode.UNKNOWN_COMMUNE.exception("No existe la comuna " + cut));
    }

    private static ApiException changed(Layer layer, Unit commune, String seen, String now) {
        return ErrorCode.STATUS_CHANGED.exception("El estado de la capa «" + layer.title() + "» en "
                + commune.nombre() + " cambió: usted vio «" + StatusTransitions.label(seen) + "», " + now
                + ". Recargue la página; no se cambió nada");
    }

    private static ApiException forbidden(String description) {
        return ErrorCode.FORBIDDEN.exception(description);
    }
}
