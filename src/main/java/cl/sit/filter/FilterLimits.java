package cl.sit.filter;

import org.locationtech.jts.geom.Geometry;

/**
 * The bounds every filter must keep, so that no request can exhaust the stack, the memory or the database: boolean
 * nesting (NOT and parentheses in cql2-text, operators in cql2-json), nesting of a geometry literal, and the
 * vertices of all the filter's geometries together (each travels to the database as WKB, and H2 holds them in
 * memory). Far beyond what a person or a client such as QGIS writes.
 */
final class FilterLimits {

    /** Deepest nesting of boolean expressions. */
    static final int MAX_NESTING = 50;

    /** Deepest nesting of parentheses (cql2-text WKT) or arrays (cql2-json GeoJSON) in a geometry literal. */
    static final int MAX_GEOMETRY_NESTING = 8;

    /** Vertices of all the geometry literals of a filter together. */
    static final int MAX_VERTICES = 10_000;

    /** Deepest JSON nesting of a cql2-json filter: an operator is an object and its array of arguments. */
    static final int MAX_JSON_NESTING = 2 * MAX_NESTING + MAX_GEOMETRY_NESTING + 8;

    private FilterLimits() {}

    static InvalidFilter tooDeep(String where) {
        return new InvalidFilter("Filtro no aplicable: anida expresiones más de " + MAX_NESTING + " niveles (o una "
                + "geometría más de " + MAX_GEOMETRY_NESTING + ") " + where);
    }

    /** Counts {@code g}'s vertices into {@code total[0]}; too many in all is an {@link InvalidFilter}. */
    static Geometry countVertices(Geometry g, int[] total) {
        total[0] += g.getNumPoints();
        if (total[0] > MAX_VERTICES) {
            throw new InvalidFilter("Filtro no aplicable: sus geometrías tienen más de " + MAX_VERTICES
                    + " vértices en total; simplifíquelas");
        }
        return g;
    }
}
