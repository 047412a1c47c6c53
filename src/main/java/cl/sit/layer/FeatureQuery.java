package cl.sit.layer;

import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * What to read from a layer: an optional bounding box (EPSG:4326), equality filters on attributes (values
 * already of the attribute's type) and a page.
 *
 * @param bbox features whose geometry intersects this box; null for all
 * @param equalTo attribute name to required value
 * @param limit page size, at least 1
 * @param offset features to skip, at least 0
 */
public record FeatureQuery(Envelope bbox, Map<String, Object> equalTo, int limit, int offset) {

    public FeatureQuery {
        equalTo = Map.copyOf(equalTo);
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be >= 1 and offset >= 0");
        }
    }
}
