package cl.sit.filter;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A CQL2 expression, as parsed from cql2-text or cql2-json: an immutable tree whose nodes are records, so two
 * parses of the same filter are {@code equals}. Scalar literals are {@code String}, {@code Long} (integral
 * numbers), {@code Double}, {@code Boolean}, {@code LocalDate} ({@code DATE('...')}) and {@code Instant}
 * ({@code TIMESTAMP('...')}); geometry literals are JTS geometries in CRS84 (longitude, latitude).
 */
public sealed interface Expr {

    /** A queryable, by name. */
    record Property(String name) implements Expr {}

    /** A scalar literal (see the interface for the types). */
    record Literal(Object value) implements Expr {}

    /** A geometry literal (WKT, BBOX or GeoJSON). Compared exactly, coordinate by coordinate. */
    record GeometryLiteral(Geometry geometry) implements Expr {
        @Override
        public boolean equals(Object o) {
            return o instanceof GeometryLiteral g && geometry.equalsExact(g.geometry);
        }

        @Override
        public int hashCode() {
            return geometry.getEnvelopeInternal().hashCode();
        }
    }

    /** {@code left op right} with op one of {@code = <> < > <= >=}. */
    record Comparison(String op, Expr left, Expr right) implements Expr {}

    record And(List<Expr> args) implements Expr {
        public And {
            args = List.copyOf(args);
        }
    }

    record Or(List<Expr> args) implements Expr {
        public Or {
            args = List.copyOf(args);
        }
    }

    record Not(Expr arg) implements Expr {}

    /** {@code value LIKE pattern}: {@code %} any run, {@code _} one character, {@code \} escapes. */
    record Like(Expr value, String pattern) implements Expr {}

    record Between(Expr value, Expr low, Expr high) implements Expr {}

    record In(Expr value, List<Expr> list) implements Expr {
        public In {
            list = List.copyOf(list);
        }
    }

    record IsNull(Expr value) implements Expr {}

    /** A spatial relation ({@link SpatialOp}) between two geometry expressions. */
    record Spatial(SpatialOp op, Expr left, Expr right) implements Expr {}

    /**
     * A temporal function ({@link TemporalOp}) between two temporal expressions: a date or timestamp property or
     * literal (an instant), or an {@link Interval}.
     */
    record Temporal(TemporalOp op, Expr left, Expr right) implements Expr {}

    /**
     * {@code INTERVAL(start, end)}, closed at both ends; each end is a property, a date or timestamp literal, or
     * null for {@code '..'} (unbounded). Only an operand of {@link Temporal}.
     */
    record Interval(Expr start, Expr end) implements Expr {}

    /** SIT's extension {@code S_DWITHIN(a, b, metres)} (not a CQL2 1.0 function); metres measured as DistanceScale explains. */
    record DWithin(Expr left, Expr right, double metres) implements Expr {}
}
