package cl.sit.agenda21.review;

import cl.sit.editing.EditPermissions;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.system.Texts;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Review comments on a feature of an editable layer, for signed-in users who see it:
 * {@code GET .../items/{featureId}/comments}; {@code POST} the same with {@code {"texto"}} (users who may edit the
 * feature's commune, and admins); {@code PUT .../comments/{id}} with {@code {"resuelto": true|false}} marks it
 * resolved or open again (the same users).
 */
@RestController
class ReviewCommentController {

    static final int MAX_TEXT = 2000;

    /** A new comment. */
    record NewComment(String texto) {}

    /** A comment's state. */
    record State(Boolean resuelto) {}

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final EditPermissions permissions;
    private final CommentData comments;

    ReviewCommentController(
            LayerRegistry registry, FeatureStore store, EditPermissions permissions, CommentData comments) {
        this.registry = registry;
        this.store = store;
        this.permissions = permissions;
        this.comments = comments;
    }

    @GetMapping(value = "/collections/{collectionId}/items/{featureId}/comments", produces = "application/json")
    List<ReviewComment> list(@PathVariable String collectionId, @PathVariable String featureId) {
        Target t = target(collectionId, featureId);
        return comments.of(t.layer().id(), t.id());
    }

    @PostMapping(
            value = "/collections/{collectionId}/items/{featureId}/comments",
            consumes = "application/json",
            produces = "application/json")
    ResponseEntity<List<ReviewComment>> add(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @RequestBody(required = false) NewComment body) {
        Target t = writable(target(collectionId, featureId));
        String text = body == null || body.texto() == null ? "" : body.texto().strip();
        if (text.isEmpty() || text.codePointCount(0, text.length()) > MAX_TEXT || Texts.hasLoneSurrogate(text)) {
            throw ErrorCode.INVALID_COMMENT.exception("El comentario debe tener de 1 a " + MAX_TEXT + " caracteres");
        }
        if (comments.count(t.layer().id(), t.id()) >= ReviewComments.MAX_PER_FEATURE) {
            throw ErrorCode.TOO_MANY_COMMENTS.exception(
                    "El elemento ya tiene " + ReviewComments.MAX_PER_FEATURE + " comentarios");
        }
        comments.add(t.layer().id(), t.id(), t.cut(), EditPermissions.username(), text);
        return ResponseEntity.created(URI.create("/collections/" + t.layer().id() + "/items/" + t.id() + "/comments"))
                .body(comments.of(t.layer().id(), t.id()));
    }

    @PutMapping(
            value = "/collections/{collectionId}/items/{featureId}/comments/{commentId}",
            consumes = "application/json",
            produces = "application/json")
    ReviewComment state(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @PathVariable long commentId,
            @RequestBody(required = false) State body) {
        Target t = writable(target(collectionId, featureId));
        if (body == null || body.resuelto() == null) {
            throw ErrorCode.INVALID_COMMENT.exception("Indique 'resuelto': true o false");
        }
        ReviewComment c = comments.find(t.layer().id(), t.id(), commentId)
                .orElseThrow(
                        () -> ErrorCode.COMMENT_NOT_FOUND.exception("El elemento no tiene el comentario " + commentId));
        if (body.resuelto() != c.resuelto()) {
            comments.resolve(c.id(), body.resuelto() ? EditPermissions.username() : null);
        }
        return comments.find(t.layer().id(), t.id(), commentId).orElseThrow();
    }

    private record Target(Layer layer, long id, String cut) {}

    /** The feature, when the layer is editable and the user sees it; otherwise a 404. */
    private Target target(String collectionId, String featureId) {
        Layer layer = registry.find(collectionId)
                .filter(Layer::editable)
                .orElseThrow(() ->
                        ErrorCode.COLLECTION_NOT_FOUND.exception("No existe la capa editable '" + collectionId + "'"));
        Feature feature = store.findById(layer, featureId).orElseThrow(() -> notFound(featureId));
        String cut = String.valueOf(feature.properties().get(Layer.OWNER_COLUMN));
        Set<String> visible = permissions.visibleOwners(layer);
        if (visible != null && !visible.contains(cut)) {
            throw notFound(featureId);
        }
        return new Target(layer, Long.parseLong(String.valueOf(feature.id())), cut);
    }

    /** The target, when the user may edit the feature's commune (who may edit may comment); otherwise a 403. */
    private Target writable(Target t) {
        permissions.require(t.layer(), t.cut());
        return t;
    }

    private static ApiException notFound(String featureId) {
        return ErrorCode.FEATURE_NOT_FOUND.exception("No existe el elemento " + featureId);
    }
}
