package cl.sit.ogcapi;

import java.util.ArrayList;
import java.util.List;

/** The conformance classes SIT implements; each one is exercised by the contract tests. */
public record ConformanceDeclaration(List<String> conformsTo) implements HtmlView {

    static final String CORE = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core";
    static final String GEOJSON = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson";
    static final String HTML = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html";
    static final String OAS30 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30";

    /** Part 4: POST/PUT/DELETE on editable layers, PATCH as JSON Merge Patch, strong ETags with If-Match. */
    static final String CREATE_REPLACE_DELETE =
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete";

    static final String UPDATE = "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update";
    static final String OPTIMISTIC_LOCKING =
            "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags";

    /** Part 2: {@code crs} and {@code bbox-crs} on items, {@code Content-Crs}, CRS lists of the collections. */
    static final String CRS = "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs";

    /**
     * Part 3 (filtering) and CQL2 (OGC 21-065r2). Not declared: array-functions, property-property, functions,
     * arithmetic, case- and accent-insensitive comparison. SIT's {@code S_DWITHIN} is an extension outside every
     * CQL2 class.
     */
    static final List<String> FILTERING = List.of(
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
            "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
            "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
            "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
            "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
            "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions");

    static ConformanceDeclaration sit() {
        List<String> all = new ArrayList<>(
                List.of(CORE, GEOJSON, HTML, OAS30, CREATE_REPLACE_DELETE, UPDATE, OPTIMISTIC_LOCKING, CRS));
        all.addAll(FILTERING);
        return new ConformanceDeclaration(List.copyOf(all));
    }

    @Override
    public String template() {
        return "conformance";
    }

    @Override
    public String pageTitle() {
        return "Clases de conformidad";
    }
}
