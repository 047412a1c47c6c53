package cl.sit.editing;

import cl.sit.geojson.GeoJsonPositions;
import cl.sit.geojson.GeoJsonReader;
import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.geojson.GeoJsonObject;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A feature's history ({@code GET .../items/{featureId}/history}, signed-in users), reverting to a version
 * ({@code POST .../items/{featureId}/revert} with {@code If-Match}) and the geometry repair preview
 * ({@code POST /collections/{id}/repair}: the repaired geometry is returned, never saved).
 */
@RestController
class HistoryController {

    /** One change as shown to users: snapshots as GeoJSON objects. */
    record Change(
            int version,
            String operacion,
            String comuna,
            String usuario,
            OffsetDateTime fecha,
            String motivo,
            JsonNode antes,
            JsonNode despues) {}

    /** A request to revert. */
    record Revert(Integer version, String motivo) {}

    /** The repair preview: whether the geometry was valid, what was wrong, and the repaired geometry. */
    record Repair(boolean valida, List<FeatureProblem> problemas, JsonNode geometria) {}

    private final LayerRegistry registry;
    private final FeatureHistory history;
    private final FeatureEditor editor;
    private final EditPermissions permissions;
    private final Snapshots snapshots;
    private final ObjectMapper json;
    private final FeatureLimits limits;

    HistoryController(
            LayerRegistry registry,
            FeatureHistory history,
            FeatureEditor editor,
            EditPermissions permissions,
            Snapshots snapshots,
            ObjectMapper json,
            FeatureLimits limits) {
        this.registry = registry;
        this.history = history;
        this.editor = editor;
        this.permissions = permissions;
        this.snapshots = snapshots;
        this.json = json;
        this.limits = limits;
    }

    @GetMapping(value = "/collections/{collectionId}/items/{featureId}/history", produces = "application/json")
    List<Change> history(@PathVariable String collectionId, @PathVariable String featureId) {
        Layer layer = layer(collectionId);
        long id = FeatureEditor.featureId(layer, featureId);
        List<HistoryEntry> entries = history.of(layer.id(), id);
        Set<String> visible = permissions.visibleOwners(layer);
        if (entries.isEmpty()
                || (visible != null && !visible.contains(entries.get(0).cut()))) {
            throw ErrorCode.FEATURE_NOT_FOUND.exception("El elemento " + featureId + " de la colección " + layer.id()
                    + " no tiene historial visible para su usuario");
        }
        List<Change> out = new ArrayList<>();
        for (HistoryEntry e : entries) {
            out.add(new Change(
                    e.version(),
                    e.operation(),
                    e.cut(),
                    e.username(),
                    e.changedAt(),
                    e.reason(),
                    snapshots.tree(e.before()),
                    snapshots.tree(e.after())));
        }
        return out;
    }

    @PostMapping(
            value = "/collections/{collectionId}/items/{featureId}/revert",
            consumes = "application/json",
            produces = {"application/geo+json", "application/json"})
    ResponseEntity<JsonNode> revert(
            @PathVariable String collectionId,
            @PathVariable String featureId,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Revert revert) {
        Layer layer = layer(collectionId);
        int expected = Preconditions.expectedVersion(ifMatch);
        if (revert.version() == null) {
            throw ErrorCode.INVALID_PARAMETER.exception("Indique la versión a la que quiere volver ('version')");
        }
        StoredFeature f = editor.revert(
                layer, FeatureEditor.featureId(layer, featureId), expected, revert.version(), revert.motivo());
        return ResponseEntity.ok().eTag(f.etag()).body(snapshots.tree(f.toFeature()));
    }

    @PostMapping(
            value = "/collections/{collectionId}/repair",
            consumes = {"application/json", "application/geo+json"},
            produces = "application/json")
    Repair repair(@PathVariable String collectionId, @RequestBody JsonNode body) {
        Layer layer = layer(collectionId);
        permissions.requireSomeGrant(layer);
        JsonNode geometryNode = "Feature".equals(body.path("type").asString("")) ? body.get("geometry") : body;
        limits.checkGeometry(geometryNode);
        String invalid = GeoJsonPositions.scan(geometryNode).problem();
        if (invalid != null) {
            throw ErrorCode.INVALID_GEOMETRY.exception(invalid);
        }
        Geometry g;
        try {
            g = GeoJsonReader.toJts(json.treeToValue(geometryNode, GeoJsonObject.class));
        } catch (RuntimeException e) {
            throw ErrorCode.INVALID_GEOMETRY.exception("La geometría no es GeoJSON válido");
        }
        if (g == null) {
            throw ErrorCode.INVALID_GEOMETRY.exception("Falta la geometría");
        }
        List<FeatureProblem> problems = GeometryCheck.problems(g);
        Geometry fixed = problems.isEmpty() ? g : GeometryFixer.fix(g, false);
        List<FeatureProblem> after = new ArrayList<>();
        Geometry typed = GeometryCheck.conform(layer.geometryType(), fixed, after);
        if (typed == null) {
            throw ErrorCode.REPAIR_FAILED.exception("La reparación no dio una geometría que la capa admita: "
                    + after.get(0).mensaje());
        }
        return new Repair(
                problems.isEmpty(),
                problems,
                snapshots.tree(new Feature(0L, Map.of(), typed)).get("geometry"));
    }

    private Layer layer(String collectionId) {
        Layer layer = registry.require(collectionId);
        EditPermissions.requireEditable(layer);
        return layer;
    }
}
