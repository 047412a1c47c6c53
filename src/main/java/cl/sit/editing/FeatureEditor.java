package cl.sit.editing;

import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerHistory;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creates, replaces, patches, deletes and reverts features of editable layers. Each change is checked
 * ({@link FeatureValidator}), allowed ({@link EditPermissions}), guarded by the feature's version, and written
 * together with its history row in one transaction: either both are stored or neither. Each change also raises
 * the layer's generation (HTTP validators) in that transaction.
 */
@Component
public class FeatureEditor implements LayerHistory {

    /** One operation of a batch; in JSON {@code {operacion, id, version, elemento}}. */
    public record Operation(
            @JsonProperty("operacion") String op,
            Long id,
            Integer version,
            @JsonProperty("elemento") JsonNode feature) {}

    private final EditableFeatures store;
    private final FeatureHistory history;
    private final FeatureValidator validator;
    private final EditPermissions permissions;
    private final Snapshots snapshots;
    private final LayerGenerations generations;

    FeatureEditor(
            EditableFeatures store,
            FeatureHistory history,
            FeatureValidator validator,
            EditPermissions permissions,
            Snapshots snapshots,
            LayerGenerations generations) {
        this.store = store;
        this.history = history;
        this.validator = validator;
        this.permissions = permissions;
        this.snapshots = snapshots;
        this.generations = generations;
    }

    @Transactional
    public StoredFeature create(Layer layer, JsonNode body, String reason) {
        return rejectIfAny(new ArrayList<>(), problems -> doCreate(layer, body, reason, problems));
    }

    @Transactional
    public StoredFeature replace(Layer layer, long id, int expected, JsonNode body, String reason) {
        return rejectIfAny(new ArrayList<>(), problems -> doReplace(layer, id, expected, body, reason, problems));
    }

    @Transactional
    public StoredFeature patch(Layer layer, long id, int expected, JsonNode patch, String reason) {
        return rejectIfAny(new ArrayList<>(), problems -> doPatch(layer, id, expected, patch, reason, problems));
    }

    @Transactional
    public void delete(Layer layer, long id, int expected, String reason) {
        StoredFeature current = current(layer, id, expected);
        if (!store.delete(layer, id, expected)) {
            throw stale(layer, id);
        }
        record(layer, "delete", current.id(), current.version() + 1, current.cut(), current, null, reason);
    }

    /** Makes the feature as it was at {@code toVersion} again, as a new version (re-creating it if deleted). */
    @Transactional
    public StoredFeature revert(Layer layer, long id, int expected, int toVersion, String reason) {
        EditPermissions.requireEditable(layer);
        HistoryEntry latest = history.latest(layer.id(), id)
                .orElseThrow(() -> ErrorCode.FEATURE_NOT_FOUND.exception(
                        "El elemento " + id + " de la colección " + layer.id() + " no tiene historial"));
        permissions.require(layer, latest.cut());
        if (latest.version() != expected) {
            throw stale(layer, id);
        }
        HistoryEntry target = history.of(layer.id(), id).stream()
                .filter(h -> h.version() == toVersion)
                .findFirst()
                .orElseThrow(() -> ErrorCode.VERSION_NOT_FOUND.exception(
                        "El elemento " + id + " no tiene una versión " + toVersion));
        if (target.after() == null) {
            throw ErrorCode.REVERT_TO_DELETION.exception(
                    "La versión " + toVersion + " es una eliminación; para eliminar el elemento use DELETE");
        }
        ObjectNode body = (ObjectNode) snapshots.tree(target.after());
        ((ObjectNode) body.get("properties"))
                .remove(List.of(Layer.OWNER_COLUMN, Layer.VERSION_COLUMN, Layer.ILLUSTRATIVE_COLUMN));
        List<FeatureProblem> problems = new ArrayList<>();
        StoredFeature current = store.find(layer, id).orElse(null);
        FeatureValidator.Checked checked = validator.check(layer, body, Map.of(), latest.cut(), problems);
        if (!problems.isEmpty()) {
            throw new FeatureRejected(problems);
        }
        int version = latest.version() + 1;
        boolean illustrative = current != null && current.illustrative();
        if (current == null) {
            store.insert(layer, id, latest.cut(), version, false, checked.values(), checked.geometry());
        } else if (!store.update(layer, id, current.version(), version, checked.values(), checked.geometry())) {
            throw stale(layer, id);
        }
        StoredFeature after =
                new StoredFeature(id, latest.cut(), version, illustrative, checked.values(), checked.geometry());
        record(
                layer,
                "revert",
                id,
                version,
                latest.cut(),
                current,
                after,
                reason != null ? reason : "Vuelta a la versión " + toVersion);
        return after;
    }

    /**
     * Applies every operation or none: all are checked (and every problem reported, numbered from 1) before the
     * transaction commits; any problem, conflict or refusal rolls everything back.
     */
    @Transactional
    public List<StoredFeature> batch(Layer layer, List<Operation> operations, String reason) {
        List<FeatureProblem> all = new ArrayList<>();
        List<StoredFeature> results = new ArrayList<>();
        for (int i = 0; i < operations.size(); i++) {
            Operation o = operations.get(i);
            List<FeatureProblem> problems = new ArrayList<>();
            try {
                StoredFeature result =
                        switch (o.op() == null ? "" : o.op()) {
                            case "create" -> doCreate(layer, o.feature(), reason, problems);
                            case "replace" ->
                                doReplace(
                                        layer, required(o.id()), required(o.version()), o.feature(), reason, problems);
                            case "update" ->
                                doPatch(layer, required(o.id()), required(o.version()), o.feature(), reason, problems);
                            case "delete" -> {
                                delete(layer, required(o.id()), required(o.version()), reason);
                                yield null;
                            }
                            default ->
                                throw ErrorCode.INVALID_BATCH.exception(
                                        "'operacion' debe ser create, replace, update o delete");
                        };
                results.add(result);
            } catch (ApiException e) {
                throw new ApiException(e.status(), e.code(), "Operación " + (i + 1) + ": " + e.getMessage());
            }
            for (FeatureProblem p : problems) {
                all.add(p.numbered(i + 1));
            }
        }
        if (!all.isEmpty()) {
            throw new FeatureRejected(all);
        }
        return results;
    }

    /**
     * Imports features as new ones, all or nothing. Properties SIT keeps ({@code version}, {@code ilustrativo}) and
     * file ids ({@code id}, {@code fid}) are dropped, so a layer exported from SIT imports again; {@code cut}, when
     * present, must be the commune the geometry lies in.
     */
    @Transactional
    public List<StoredFeature> importFeatures(Layer layer, List<JsonNode> features, String reason) {
        permissions.requireSomeGrant(layer);
        List<Operation> operations = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode copy = f.deepCopy();
            if (copy.get("properties") instanceof ObjectNode p) {
                p.remove(List.of(Layer.VERSION_COLUMN, Layer.ILLUSTRATIVE_COLUMN, "id", "fid"));
            }
            operations.add(new Operation("create", null, null, copy));
        }
        return batch(layer, operations, reason);
    }

    private StoredFeature doCreate(Layer layer, JsonNode body, String reason, List<FeatureProblem> problems) {
        permissions.requireSomeGrant(layer);
        FeatureValidator.Checked c = validator.check(
                layer, body, Map.of(Layer.VERSION_COLUMN, 1L, Layer.ILLUSTRATIVE_COLUMN, false), null, problems);
        if (c == null) {
            return null;
        }
        permissions.require(layer, c.cut());
        long id = store.insert(layer, null, c.cut(), 1, false, c.values(), c.geometry());
        StoredFeature after = new StoredFeature(id, c.cut(), 1, false, c.values(), c.geometry());
        record(layer, "create", id, 1, c.cut(), null, after, reason);
        return after;
    }

    private StoredFeature doReplace(
            Layer layer, long id, int expected, JsonNode body, String reason, List<FeatureProblem> problems) {
        StoredFeature current = current(layer, id, expected);
        FeatureValidator.Checked c = validator.check(
                layer,
                body,
                Map.of(
                        Layer.OWNER_COLUMN,
                        current.cut(),
                        Layer.VERSION_COLUMN,
                        (long) current.version(),
                        Layer.ILLUSTRATIVE_COLUMN,
                        current.illustrative()),
                current.cut(),
                problems);
        if (c == null) {
            return null;
        }
        int version = current.version() + 1;
        if (!store.update(layer, id, expected, version, c.values(), c.geometry())) {
            throw stale(layer, id);
        }
        StoredFeature after =
                new StoredFeature(id, current.cut(), version, current.illustrative(), c.values(), c.geometry());
        record(layer, "update", id, version, current.cut(), current, after, reason);
        return after;
    }

    private StoredFeature doPatch(
            Layer layer, long id, int expected, JsonNode patch, String reason, List<FeatureProblem> problems) {
        StoredFeature current = current(layer, id, expected);
        if (patch == null || !patch.isObject()) {
            problems.add(FeatureProblem.of(null, "Se espera un JSON Merge Patch (RFC 7396) de un Feature"));
            return null;
        }
        JsonNode merged = MergePatch.apply(snapshots.tree(current.toFeature()), patch);
        return doReplace(layer, id, expected, merged, reason, problems);
    }

    /** The feature, after checking that it exists, that the user may edit it and that it is at {@code expected}. */
    private StoredFeature current(Layer layer, long id, int expected) {
        EditPermissions.requireEditable(layer);
        StoredFeature current = store.find(layer, id)
                .orElseThrow(() -> ErrorCode.FEATURE_NOT_FOUND.exception(
                        "No existe el elemento " + id + " en la colección " + layer.id()));
        permissions.require(layer, current.cut());
        if (current.version() != expected) {
            throw stale(layer, id);
        }
        return current;
    }

    private void record(
            Layer layer,
            String operation,
            long id,
            int version,
            String cut,
            StoredFeature before,
            StoredFeature after,
            String reason) {
        generations.bump(layer.id());
        history.append(new HistoryEntry(
                layer.id(),
                id,
                version,
                operation,
                cut,
                before == null ? null : snapshots.write(before.toFeature()),
                after == null ? null : snapshots.write(after.toFeature()),
                EditPermissions.username() == null ? "sistema" : EditPermissions.username(),
                OffsetDateTime.now(ZoneOffset.UTC),
                reason == null || reason.isBlank() ? null : reason.strip()));
    }

    private static StoredFeature rejectIfAny(
            List<FeatureProblem> problems, Function<List<FeatureProblem>, StoredFeature> work) {
        StoredFeature result = work.apply(problems);
        if (!problems.isEmpty()) {
            throw new FeatureRejected(problems);
        }
        return result;
    }

    private static <T> T required(T value) {
        if (value == null) {
            throw ErrorCode.INVALID_BATCH.exception("faltan 'id' o 'version'");
        }
        return value;
    }

    static ApiException stale(Layer layer, long id) {
        return ErrorCode.VERSION_CONFLICT.exception("El elemento " + id
                + " de la colección " + layer.id() + " cambió desde que lo leyó; vuelva a leerlo y aplique su cambio "
                + "sobre la versión actual. No se guardó nada");
    }

    @Override
    public List<Feature> asOf(Layer layer, OffsetDateTime at, Set<String> owners) {
        List<Feature> out = new ArrayList<>();
        for (String s : history.snapshotsAt(layer.id(), at)) {
            Feature f = snapshots.read(layer, s);
            if (owners == null || owners.contains((String) f.properties().get(Layer.OWNER_COLUMN))) {
                out.add(f);
            }
        }
        return out;
    }

    /** The stored id of feature {@code featureId} of {@code layer}; an id that is not a number is a 404. */
    public static long featureId(Layer layer, String featureId) {
        try {
            return Long.parseLong(featureId);
        } catch (NumberFormatException e) {
            throw ErrorCode.FEATURE_NOT_FOUND.exception(
                    "No existe el elemento '" + featureId + "' en la colección " + layer.id());
        }
    }
}
