package cl.sit.layer;

import java.util.List;

/**
 * A filter on a layer's features (a CQL2 expression, see {@code cl.sit.filter}), usable both by the database and
 * in memory, with the same meaning: SQL's three-valued logic, where a comparison with NULL selects nothing.
 */
public interface FeatureFilter {

    /** A boolean SQL condition for H2GIS and PostGIS; its values are appended to {@code parameters} in order. */
    String sql(List<Object> parameters);

    /** Whether the feature matches (evaluated with JTS in memory). */
    boolean test(Feature feature);
}
