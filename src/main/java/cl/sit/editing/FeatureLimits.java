package cl.sit.editing;

import cl.sit.geojson.GeoJsonPositions;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.system.InputLimits;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Refuses (422 {@code TooManyVertices}) features whose geometry has more vertices than
 * {@link InputLimits#maxVertices()}, and imports with more than {@link InputLimits#maxImportVertices()} in all. It
 * only counts positions in the parsed JSON, so it runs before any transaction takes a connection: a huge geometry
 * costs no database time and never reaches the (quadratic) validity checks.
 */
@Component
public class FeatureLimits {

    private final int maxVertices;
    private final long maxImportVertices;

    FeatureLimits(InputLimits limits) {
        this.maxVertices = limits.maxVertices();
        this.maxImportVertices = limits.maxImportVertices();
    }

    /** Checks one submitted feature (or merge patch); null passes. */
    public void check(JsonNode feature) {
        vertices(feature, "La geometría");
    }

    /** Checks a bare GeoJSON geometry. */
    void checkGeometry(JsonNode geometry) {
        long n = GeoJsonPositions.scan(geometry).positions();
        if (n > maxVertices) {
            throw tooMany(n, "La geometría");
        }
    }

    /** Checks every feature of a batch or an import, each and all together. */
    public void checkAll(List<JsonNode> features) {
        long total = 0;
        for (int i = 0; i < features.size(); i++) {
            total += vertices(features.get(i), "El elemento " + (i + 1));
        }
        if (total > maxImportVertices) {
            throw tooMany("Los elementos suman " + total + " vértices; el máximo por importación o lote es "
                    + maxImportVertices + ". Divida los datos en varias importaciones");
        }
    }

    private long vertices(JsonNode feature, String what) {
        if (feature == null || !feature.isObject()) {
            return 0;
        }
        long n = GeoJsonPositions.scan(feature.get("geometry")).positions();
        if (n > maxVertices) {
            throw tooMany(n, what);
        }
        return n;
    }

    private ApiException tooMany(long n, String what) {
        return tooMany(what + " tiene " + n + " vértices; el máximo por elemento es " + maxVertices
                + ". Simplifique la geometría (por ejemplo en QGIS) o divídala en varios elementos; no se guardó nada");
    }

    private static ApiException tooMany(String description) {
        return ErrorCode.TOO_MANY_VERTICES.exception(description);
    }
}
