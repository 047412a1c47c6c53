package cl.sit.ogcapi;

import cl.sit.crs.CrsBox;
import cl.sit.crs.ServedCrs;
import cl.sit.geometry.Geometries;
import cl.sit.layer.FeatureQuery;
import cl.sit.system.ErrorCode;
import java.util.Map;

/**
 * The query parameters of OGC API Features Part 2: {@code crs} (the CRS of the geometry in the response) and
 * {@code bbox-crs} (the CRS of {@code bbox}), each the URI of a {@link ServedCrs}, CRS84 when absent. An unknown
 * URI is a 400 naming the supported ones.
 */
public final class CrsParameters {

    public static final String CRS = "crs";
    static final String BBOX_CRS = "bbox-crs";
    static final String CONTENT_CRS = "Content-Crs";

    private CrsParameters() {}

    static ServedCrs crs(Map<String, String[]> params) {
        return served(params, CRS);
    }

    static ServedCrs bboxCrs(Map<String, String[]> params) {
        return served(params, BBOX_CRS);
    }

    /** The {@code Content-Crs} header value: the URI in angle brackets. */
    static String header(ServedCrs crs) {
        return "<" + crs.uri() + ">";
    }

    /** {@code query} restricted to a bbox ({@code x1, y1, x2, y2} in the axis order of {@code crs}). */
    static FeatureQuery bbox(FeatureQuery query, ServedCrs crs, double[] box) {
        if (crs.latitudeFirst()) {
            return ItemsQueryParser.withLonLatBox(query, box[1], box[0], box[3], box[2]);
        }
        if (box[0] > box[2] || box[1] > box[3]) {
            throw ItemsQueryParser.invalid("bbox", "el mínimo de la caja es mayor que el máximo");
        }
        try {
            return query.intersecting(CrsBox.toCrs84(crs, box, Geometries.FACTORY));
        } catch (IllegalArgumentException e) {
            throw ItemsQueryParser.invalid(
                    "bbox", "la caja está fuera del dominio de " + crs.title() + " (" + crs.uri() + ")");
        }
    }

    private static ServedCrs served(Map<String, String[]> params, String name) {
        String uri = ItemsQueryParser.single(params, name);
        if (uri == null) {
            return ServedCrs.CRS84;
        }
        return ServedCrs.fromUri(uri.strip())
                .orElseThrow(() -> ErrorCode.INVALID_PARAMETER_VALUE.exception(
                        "Parámetro '" + name + "': sistema de coordenadas desconocido '" + uri + "'. Soportados: "
                                + String.join(", ", ServedCrs.uris())));
    }
}
