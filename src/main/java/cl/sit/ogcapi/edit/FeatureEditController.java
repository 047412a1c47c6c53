package cl.sit.ogcapi.edit;

import cl.sit.editing.EditPermissions;
import cl.sit.editing.FeatureEditor;
import cl.sit.editing.FeatureLimits;
import cl.sit.editing.Preconditions;
import cl.sit.editing.Snapshots;
import cl.sit.editing.StoredFeature;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OGC API Features Part 4 on editable layers: {@code POST /collections/{id}/items} (201 with {@code Location}),
 * {@code PUT}, {@code PATCH} (JSON Merge Patch) and {@code DELETE} on {@code /collections/{id}/items/{featureId}}
 * with {@code If-Match} (428 without it, 412 when stale), plus {@code POST /collections/{id}/batch}: several
 * changes, all or nothing. Geometries over the vertex cap are refused ({@link FeatureLimits}) before any
 * transaction begins. Every response carries the feature's new strong {@code ETag}. An optional
 * {@code motivo} parameter is kept in the history.
 */
@RestController
public class FeatureEditController {

    private static final String GEO_JSON = "application/geo+json";

    /** A batch: operations applied all or nothing; in JSON {@code {operaciones, motivo}}. */
    record Batch(@JsonProperty("operaciones") List<FeatureEditor.Operation> operations, String motivo) {

        /** The batch body's English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
        static final Map<String, String> RENAMED = Map.of("operations", "operaciones");

        /** Each operation's English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
        static final Map<String, String> RENAMED_OPERATION = Map.of("op", "operacion", "feature", "elemento");

        /** The batch of a request body, its old names and those of each operation replaced by the new ones. */
        static Batch read(ObjectMapper json, JsonNode body) {
            if (!(body instanceof ObjectNode)) {
                throw ErrorCode.INVALID_BODY.exception("El lote es un objeto {operaciones, motivo}");
            }
            JsonNode resolved = RenamedParameters.fields(body, RENAMED);
            if (resolved.get("operaciones") instanceof ArrayNode operations) {
                ArrayNode renamed = operations.arrayNode();
                operations.forEach(o -> renamed.add(RenamedParameters.fields(o, RENAMED_OPERATION)));
                resolved = ((ObjectNode) resolved).deepCopy().set("operaciones", renamed);
            }
            return json.treeToValue(resolved, Batch.class);
        }
    }

    /** The outcome of one batch operation: the feature's id and new version (null version for a deletion). */
    record Outcome(Long id, Integer version) {}

    private final LayerRegistry registry;
    private final FeatureEditor editor;
    private final Snapshots snapshots;
    private final FeatureLimits limits;
    private final ObjectMapper json;

    FeatureEditController(
            LayerRegistry registry,
            FeatureEditor editor,
            Snapshots snapshots,
            FeatureLimits limits,
            ObjectMapper json) {
        this.registry = registry;
        this.editor = editor;
        this.snapshots = snapshots;
        this.limits = limits;
        this.json = json;
    }

    @PostMapping(
            value = "/collections/{collectionId}/items",
            consumes = {GEO_JSON, "application/json"},
            produces = {GEO_JSON, "application/json"})
    ResponseEntity<JsonNode> create(
            @PathVariable String collectionId,
            @RequestBody JsonNode body,
            @RequestParam(required = false) String motivo) {
        Layer layer = layer(collectionId);
        limits.check(body);
        StoredFeature f = editor.create(layer, body, motivo);
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}")
                .buildAndExpand(f.id())
                .toUri();
        return ResponseEntity.created(location).eTag(f.etag()).body(snapshots.tree(f.toFeature()));
    }

    @PutMapping(
            value = "/collections/{collectionId}/items/{featureId}",
            consumes = {GEO_JSON, "application/json"},
            produces = {GEO_JSON, "application/json"})
    ResponseEntity<JsonNode> replace(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode body,
            @RequestParam(required = false) String motivo) {
        Layer layer = layer(collectionId);
        int expected = Preconditions.expectedVersion(ifMatch);
        limits.check(body);
        return ok(editor.replace(layer, FeatureEditor.featureId(layer, featureId), expected, body, motivo));
    }

    @PatchMapping(
            value = "/collections/{collectionId}/items/{featureId}",
            consumes = {"application/merge-patch+json", "application/json", GEO_JSON},
            produces = {GEO_JSON, "application/json"})
    ResponseEntity<JsonNode> patch(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody JsonNode patch,
            @RequestParam(required = false) String motivo) {
        Layer layer = layer(collectionId);
        int expected = Preconditions.expectedVersion(ifMatch);
        limits.check(patch);
        return ok(editor.patch(layer, FeatureEditor.featureId(layer, featureId), expected, patch, motivo));
    }

    @DeleteMapping("/collections/{collectionId}/items/{featureId}")
    ResponseEntity<Void> delete(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestParam(required = false) String motivo) {
        Layer layer = layer(collectionId);
        int expected = Preconditions.expectedVersion(ifMatch);
        editor.delete(layer, FeatureEditor.featureId(layer, featureId), expected, motivo);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(
            value = "/collections/{collectionId}/batch",
            consumes = "application/json",
            produces = "application/json")
    List<Outcome> batch(@PathVariable String collectionId, @RequestBody JsonNode body) {
        Batch batch = Batch.read(json, body);
        Layer layer = layer(collectionId);
        if (batch.operations() == null || batch.operations().isEmpty()) {
            throw ErrorCode.INVALID_BATCH.exception("El lote no tiene operaciones ('operaciones')");
        }
        if (batch.operations().contains(null)) {
            throw ErrorCode.INVALID_BATCH.exception(
                    "Operación " + (batch.operations().indexOf(null) + 1)
                            + ": vacía (null); cada operación es un objeto {operacion, id, version, elemento}");
        }
        limits.checkAll(batch.operations().stream()
                .map(FeatureEditor.Operation::feature)
                .toList());
        List<Outcome> out = new ArrayList<>();
        List<StoredFeature> results = editor.batch(layer, batch.operations(), batch.motivo());
        for (int i = 0; i < results.size(); i++) {
            StoredFeature f = results.get(i);
            out.add(f == null ? new Outcome(batch.operations().get(i).id(), null) : new Outcome(f.id(), f.version()));
        }
        return out;
    }

    private ResponseEntity<JsonNode> ok(StoredFeature f) {
        return ResponseEntity.ok().eTag(f.etag()).body(snapshots.tree(f.toFeature()));
    }

    private Layer layer(String collectionId) {
        Layer layer = registry.require(collectionId);
        EditPermissions.requireEditable(layer);
        return layer;
    }
}
