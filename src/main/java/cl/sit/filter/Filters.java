package cl.sit.filter;

import cl.sit.layer.FeatureFilter;
import cl.sit.layer.Layer;

/** Entry point: parse a CQL2 filter and check it against a layer. */
public final class Filters {

    public static final String CQL2_TEXT = "cql2-text";
    public static final String CQL2_JSON = "cql2-json";

    private Filters() {}

    /**
     * Parses {@code text} in {@code language} ({@value #CQL2_TEXT} or {@value #CQL2_JSON}).
     *
     * @throws InvalidFilter when it is malformed (message in Spanish with position and what was expected)
     */
    public static Expr parse(String text, String language) {
        if (text.isBlank()) {
            throw new InvalidFilter("Filtro CQL2 vacío");
        }
        return switch (language) {
            case CQL2_TEXT -> TextParser.parse(text);
            case CQL2_JSON -> JsonParser.parse(text);
            default -> throw new IllegalArgumentException("Unknown filter language " + language);
        };
    }

    /** {@code S_INTERSECTS(geometry, <wkt>)}: the geometry queryable used as a query parameter. */
    public static Expr intersectsWkt(String wkt) {
        return new Expr.Spatial(
                SpatialOp.INTERSECTS,
                new Expr.Property(Queryables.GEOMETRY),
                new Expr.GeometryLiteral(Literals.wkt(wkt, "parámetro " + Queryables.GEOMETRY)));
    }

    /**
     * Checks every property against the layer's queryables and the operand types, and gives the filter for the
     * stores.
     *
     * @throws InvalidFilter when a property is unknown (naming it and listing the queryables), types do not fit or a
     *     geometry is not in CRS84 ranges or the geometries have too many vertices
     */
    public static FeatureFilter bind(Expr expr, Layer layer) {
        int[] vertices = {0};
        GeometryLiterals.map(
                expr, g -> FilterLimits.countVertices(Literals.checked(g, "geometría del filtro"), vertices));
        TypeCheck.check(expr, layer);
        return new CqlFilter(TemporalPredicates.lower(expr, layer), layer);
    }
}
