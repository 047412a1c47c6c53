package cl.sit.filter;

import cl.sit.layer.AttributeValues;
import cl.sit.layer.Feature;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Evaluates a checked filter on a feature in memory, with SQL's three-valued logic (null is "unknown": a
 * comparison with a missing value is unknown, NOT unknown is unknown, and a feature is selected only when the
 * filter is true), so that it selects what the database would.
 */
final class FilterEvaluator {

    private FilterEvaluator() {}

    static Boolean eval(Expr e, Feature f) {
        if (e instanceof Expr.And a) {
            return all(a.args(), f, false);
        }
        if (e instanceof Expr.Or o) {
            return all(o.args(), f, true);
        }
        if (e instanceof Expr.Not n) {
            Boolean v = eval(n.arg(), f);
            return v == null ? null : !v;
        }
        if (e instanceof Expr.Literal l) {
            return (Boolean) l.value();
        }
        if (e instanceof Expr.Comparison c) {
            Object a = value(c.left(), f);
            Object b = value(c.right(), f);
            return a == null || b == null ? null : compare(c.op(), a, b);
        }
        if (e instanceof Expr.Like l) {
            Object v = value(l.value(), f);
            return v == null ? null : LikePattern.matches(v.toString(), l.pattern());
        }
        if (e instanceof Expr.Between b) {
            Object v = value(b.value(), f);
            Object low = value(b.low(), f);
            Object high = value(b.high(), f);
            return v == null || low == null || high == null ? null : compare(">=", v, low) && compare("<=", v, high);
        }
        if (e instanceof Expr.In i) {
            Object v = value(i.value(), f);
            return v == null ? null : i.list().stream().anyMatch(item -> compare("=", v, value(item, f)));
        }
        if (e instanceof Expr.IsNull n) {
            return value(n.value(), f) == null;
        }
        if (e instanceof Expr.Spatial s) {
            Geometry a = (Geometry) value(s.left(), f);
            Geometry b = (Geometry) value(s.right(), f);
            return a == null || b == null ? null : s.op().test(a, b);
        }
        Expr.DWithin d = (Expr.DWithin) e;
        Geometry a = (Geometry) value(d.left(), f);
        Geometry b = (Geometry) value(d.right(), f);
        if (a == null || b == null) {
            return null;
        }
        DistanceScale scale = DistanceScale.at(d.left() instanceof Expr.GeometryLiteral ? a : b);
        return scale.scale(a).isWithinDistance(scale.scale(b), d.metres());
    }

    /** AND (stop at false) or OR (stop at true), unknown when no argument decides and one is unknown. */
    private static Boolean all(List<Expr> args, Feature f, boolean decisive) {
        boolean unknown = false;
        for (Expr arg : args) {
            Boolean v = eval(arg, f);
            if (v == null) {
                unknown = true;
            } else if (v == decisive) {
                return decisive;
            }
        }
        return unknown ? null : !decisive;
    }

    private static boolean compare(String op, Object a, Object b) {
        int c = a instanceof Boolean || b instanceof Boolean
                ? (Objects.equals(a, b) ? 0 : 1)
                : a instanceof Instant x && b instanceof Instant y ? x.compareTo(y) : AttributeValues.compare(a, b);
        return switch (op) {
            case "=" -> c == 0;
            case "<>" -> c != 0;
            case "<" -> c < 0;
            case ">" -> c > 0;
            case "<=" -> c <= 0;
            default -> c >= 0;
        };
    }

    private static Object value(Expr e, Feature f) {
        if (e instanceof Expr.Property p) {
            if (p.name().equals(Queryables.GEOMETRY) && !f.properties().containsKey(p.name())) {
                return f.geometry();
            }
            return f.properties().get(p.name());
        }
        if (e instanceof Expr.GeometryLiteral g) {
            return g.geometry();
        }
        return ((Expr.Literal) e).value();
    }
}
