package cl.sit.filter;

import java.util.Arrays;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * The spatial functions of CQL2 (class {@code spatial-functions}), with the SQL function of the same meaning in
 * H2GIS and PostGIS and the JTS predicate the in-memory evaluator uses.
 */
public enum SpatialOp {
    INTERSECTS("ST_Intersects", true),
    DISJOINT("ST_Disjoint", false),
    EQUALS("ST_Equals", true),
    TOUCHES("ST_Touches", true),
    WITHIN("ST_Within", true),
    CONTAINS("ST_Contains", true),
    OVERLAPS("ST_Overlaps", true),
    CROSSES("ST_Crosses", true);

    private final String sqlFunction;
    private final boolean needsEnvelopeOverlap;

    SpatialOp(String sqlFunction, boolean needsEnvelopeOverlap) {
        this.sqlFunction = sqlFunction;
        this.needsEnvelopeOverlap = needsEnvelopeOverlap;
    }

    /** The CQL2 name, e.g. {@code S_INTERSECTS}. */
    public String cqlName() {
        return "S_" + name();
    }

    String sqlFunction() {
        return sqlFunction;
    }

    /** True when the relation implies that the envelopes intersect, so {@code &&} may select candidates. */
    boolean needsEnvelopeOverlap() {
        return needsEnvelopeOverlap;
    }

    boolean test(Geometry a, Geometry b) {
        return switch (this) {
            case INTERSECTS -> a.intersects(b);
            case DISJOINT -> a.disjoint(b);
            case EQUALS -> a.equalsTopo(b);
            case TOUCHES -> a.touches(b);
            case WITHIN -> a.within(b);
            case CONTAINS -> a.contains(b);
            case OVERLAPS -> a.overlaps(b);
            case CROSSES -> a.crosses(b);
        };
    }

    /** The function named {@code name} (any case, e.g. {@code s_within}). */
    static Optional<SpatialOp> byName(String name) {
        return Arrays.stream(values())
                .filter(op -> op.cqlName().equalsIgnoreCase(name))
                .findFirst();
    }
}
