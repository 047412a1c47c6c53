package cl.sit.ogcapi;

import cl.sit.analysis.LabelPoint;
import cl.sit.http.HttpCaching;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.Validity;
import cl.sit.system.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Point;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/layers/{id}/label-points}: where the map writes each feature's name, as
 * {@code {"<feature id>": [lon, lat], …}} (CRS84, 5 decimals, about 1 m), for every polygonal feature of a read-only
 * layer, those of every validity period included (a former unit's id names its period, so the map finds the points
 * of whichever year it shows). A point is {@link LabelPoint}'s, inside the feature's largest part; features without
 * polygons have none.
 *
 * <p>The points are computed once per generation of the layer (the national communes take a few hundred
 * milliseconds) and kept, one body per layer, the latest generation only; the response has an ETag like the
 * layer's other resources ({@link HttpCaching#labelPoints}). The OGC API feature bodies are left as they are.
 * Editable layers have none: what a reader may see of them depends on the reader.
 */
@RestController
class LabelPointsController {

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final LayerGenerations generations;
    private final HttpCaching caching;
    private final JsonMapper json;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    /** A layer's label points as sent, and the generation they were computed at. */
    private record Kept(String generation, byte[] body) {}

    LabelPointsController(
            LayerRegistry registry,
            FeatureStore store,
            LayerGenerations generations,
            HttpCaching caching,
            JsonMapper json) {
        this.registry = registry;
        this.store = store;
        this.generations = generations;
        this.caching = caching;
        this.json = json;
    }

    @GetMapping(value = "/api/layers/{id}/label-points", produces = MediaTypes.JSON)
    ResponseEntity<byte[]> labelPoints(@PathVariable String id, HttpServletRequest request) {
        Layer layer = registry.require(id);
        RequestParams.only(request, Set.of());
        if (layer.editable()) {
            throw ErrorCode.NOT_FOUND.exception("La capa '" + id + "' es editable: no tiene puntos de etiqueta");
        }
        LayerGenerations.Generation generation = generations.of(layer.id());
        return caching.labelPoints(request, layer, generation)
                .answer(request, MediaType.APPLICATION_JSON, () -> body(layer, generation.token()));
    }

    private byte[] body(Layer layer, String generation) {
        Kept k = kept.get(layer.id());
        if (k == null || !k.generation().equals(generation)) {
            k = new Kept(generation, json.writeValueAsBytes(points(layer)));
            kept.put(layer.id(), k);
        }
        return k.body();
    }

    private ObjectNode points(Layer layer) {
        FeatureQuery all = new FeatureQuery(
                null,
                Map.of(),
                null,
                Integer.MAX_VALUE,
                0,
                null,
                null,
                List.of(),
                List.of(),
                layer.hasValidity() ? new Validity(null, null) : null);
        ObjectNode out = json.createObjectNode();
        store.forEach(layer, all, feature -> {
            Point p = feature.geometry() == null ? null : LabelPoint.of(feature.geometry());
            if (p != null) {
                out.putArray(String.valueOf(feature.id())).add(round(p.getX())).add(round(p.getY()));
            }
        });
        return out;
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e5) / 1e5;
    }
}
