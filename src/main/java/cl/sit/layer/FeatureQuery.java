package cl.sit.layer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * What to read from a layer: an optional bounding box (EPSG:4326), equality filters on attributes (values
 * already of the attribute's type), the owning communes the reader may see (editable layers), a page, and
 * optionally a filter, an order and the attributes to return.
 *
 * @param bbox features whose geometry intersects this box; null for all
 * @param equalTo attribute name to required value
 * @param owners only features owned by these communes (column {@code cut}); null for no restriction
 * @param limit page size, at least 1
 * @param offset features to skip, at least 0
 * @param area features whose geometry intersects this EPSG:4326 polygon or multipolygon (a bbox given in another
 *     CRS, see {@code cl.sit.crs.CrsBox}, or a CRS84 bbox that crosses the antimeridian); null for all
 * @param filter a filter (CQL2), or null
 * @param sortBy order before the id (always the last key); empty for the id alone
 * @param properties the attributes to return, in the layer's names; null for all
 * @param validity the days asked about, for layers with a validity period; null for today
 */
public record FeatureQuery(
        Envelope bbox,
        Map<String, Object> equalTo,
        Set<String> owners,
        int limit,
        int offset,
        Geometry area,
        FeatureFilter filter,
        List<SortKey> sortBy,
        List<String> properties,
        Validity validity) {

    public FeatureQuery {
        equalTo = Map.copyOf(equalTo);
        owners = owners == null ? null : Set.copyOf(owners);
        sortBy = sortBy == null ? List.of() : List.copyOf(sortBy);
        properties = properties == null ? null : List.copyOf(properties);
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit must be >= 1 and offset >= 0");
        }
    }

    public FeatureQuery(Envelope bbox, Map<String, Object> equalTo, Set<String> owners, int limit, int offset) {
        this(bbox, equalTo, owners, limit, offset, null, null, List.of(), null, null);
    }

    public FeatureQuery(Envelope bbox, Map<String, Object> equalTo, int limit, int offset) {
        this(bbox, equalTo, null, limit, offset);
    }

    /** The same query restricted to features of these owning communes (null: no restriction). */
    public FeatureQuery ownedBy(Set<String> communes) {
        return new FeatureQuery(bbox, equalTo, communes, limit, offset, area, filter, sortBy, properties, validity);
    }

    /** The same query with this bounding box (EPSG:4326; null for none). */
    public FeatureQuery within(Envelope box) {
        return new FeatureQuery(box, equalTo, owners, limit, offset, area, filter, sortBy, properties, validity);
    }

    /** The same query restricted to features intersecting {@code area} (EPSG:4326, polygon or multipolygon). */
    public FeatureQuery intersecting(Geometry area) {
        return new FeatureQuery(bbox, equalTo, owners, limit, offset, area, filter, sortBy, properties, validity);
    }

    /** The same query with a filter (or null), an order and a choice of attributes (null: all). */
    public FeatureQuery refined(FeatureFilter filter, List<SortKey> sortBy, List<String> properties) {
        return new FeatureQuery(bbox, equalTo, owners, limit, offset, area, filter, sortBy, properties, validity);
    }

    /** The same query about these days (layers with a validity period; null for today). */
    public FeatureQuery validAt(Validity days) {
        return new FeatureQuery(bbox, equalTo, owners, limit, offset, area, filter, sortBy, properties, days);
    }
}
