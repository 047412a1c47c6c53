package cl.sit.filter;

import cl.sit.filter.Queryables.Type;
import cl.sit.filter.TemporalOp.EndComparison;
import cl.sit.layer.Layer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites a checked filter so that the stores only ever compare two values of one type, which H2, PostgreSQL and
 * the in-memory evaluator do alike:
 *
 * <ol>
 *   <li>Dates and timestamps in one predicate are compared as dates. CQL2 leaves casts between types to the server
 *       (OGC 21-065r2, /per/basic-cql2/type-casts); SIT compares at the coarser granularity, that of the date: "the
 *       geometry can be considered an instant in the temporal resolution that is applicable for the specific
 *       property" (clause 7, temporal data types). A timestamp becomes its date in UTC, the only time zone CQL2
 *       timestamps name (dates have none). Every SIT attribute of a temporal type is a date, so only literals
 *       change.</li>
 *   <li>Each temporal function becomes the comparisons of interval ends that define it ({@link TemporalOp}). An
 *       unbounded end ({@code '..'}) is before (start) or after (end) every value, so its comparisons are decided
 *       here: one against a property {@code p} becomes {@code p = p} (true) or {@code p <> p} (false), which stay
 *       unknown when {@code p} is null, as the other comparisons of the function do.</li>
 * </ol>
 */
final class TemporalPredicates {

    private static final Set<Type> TEMPORAL = EnumSet.of(Type.DATE, Type.TIMESTAMP);

    /** An end of an operand: a value, or unbounded before (-1) or after (+1) every value. */
    private record End(Expr value, int unbounded) {}

    private final Layer layer;

    private TemporalPredicates(Layer layer) {
        this.layer = layer;
    }

    /** {@code e} (already checked against {@code layer}) with its temporal predicates rewritten. */
    static Expr lower(Expr e, Layer layer) {
        return new TemporalPredicates(layer).rewrite(e);
    }

    /**
     * Compares two temporal literal values (dates as {@code LocalDate}, timestamps as {@code Instant}), a date and
     * a timestamp as dates.
     */
    static int compareValues(Object a, Object b) {
        return a instanceof Instant x && b instanceof Instant y
                ? x.compareTo(y)
                : ((LocalDate) day(a)).compareTo((LocalDate) day(b));
    }

    private Expr rewrite(Expr e) {
        if (e instanceof Expr.And a) {
            return new Expr.And(a.args().stream().map(this::rewrite).toList());
        }
        if (e instanceof Expr.Or o) {
            return new Expr.Or(o.args().stream().map(this::rewrite).toList());
        }
        if (e instanceof Expr.Not n) {
            return new Expr.Not(rewrite(n.arg()));
        }
        if (e instanceof Expr.Temporal t) {
            boolean days = mixed(List.of(t.left(), t.right()));
            return relation(t.op(), days ? days(t.left()) : t.left(), days ? days(t.right()) : t.right());
        }
        if (e instanceof Expr.Comparison c && mixed(List.of(c.left(), c.right()))) {
            return new Expr.Comparison(c.op(), days(c.left()), days(c.right()));
        }
        if (e instanceof Expr.Between b && mixed(List.of(b.value(), b.low(), b.high()))) {
            return new Expr.Between(days(b.value()), days(b.low()), days(b.high()));
        }
        if (e instanceof Expr.In i) {
            List<Expr> all = new ArrayList<>(i.list());
            all.add(i.value());
            return mixed(all)
                    ? new Expr.In(
                            days(i.value()),
                            i.list().stream().map(TemporalPredicates::days).toList())
                    : i;
        }
        return e;
    }

    /** Whether the operands hold both a date and a timestamp. */
    private boolean mixed(List<Expr> operands) {
        Set<Type> types = EnumSet.noneOf(Type.class);
        for (Expr o : operands) {
            if (o instanceof Expr.Interval i) {
                addType(i.start(), types);
                addType(i.end(), types);
            } else {
                addType(o, types);
            }
        }
        return types.containsAll(TEMPORAL);
    }

    private void addType(Expr e, Set<Type> types) {
        if (e instanceof Expr.Property p) {
            types.add(Queryables.type(layer, p.name()));
        } else if (e instanceof Expr.Literal l && l.value() instanceof LocalDate) {
            types.add(Type.DATE);
        } else if (e instanceof Expr.Literal l && l.value() instanceof Instant) {
            types.add(Type.TIMESTAMP);
        }
    }

    /** A timestamp literal as its UTC date (also both ends of an interval); anything else as it is. */
    private static Expr days(Expr e) {
        if (e instanceof Expr.Interval i) {
            return new Expr.Interval(days(i.start()), days(i.end()));
        }
        return e instanceof Expr.Literal l && l.value() instanceof Instant ? new Expr.Literal(day(l.value())) : e;
    }

    private static Object day(Object v) {
        return v instanceof Instant i ? LocalDate.ofInstant(i, ZoneOffset.UTC) : v;
    }

    /** The definition of {@code op} on {@code a} and {@code b}, as AND/OR of comparisons of their ends. */
    private static Expr relation(TemporalOp op, Expr a, Expr b) {
        List<Expr> alternatives = new ArrayList<>();
        for (List<EndComparison> all : op.definition()) {
            List<Expr> conditions = new ArrayList<>();
            for (EndComparison c : all) {
                conditions.add(compare(end(a, c.startOfA()), c.op(), end(b, c.startOfB())));
            }
            alternatives.add(combine(conditions, false));
        }
        return combine(alternatives, true);
    }

    /** The start or end of an operand; an instant is both. */
    private static End end(Expr operand, boolean start) {
        if (!(operand instanceof Expr.Interval i)) {
            return new End(operand, 0);
        }
        Expr value = start ? i.start() : i.end();
        return value != null ? new End(value, 0) : new End(null, start ? -1 : 1);
    }

    private static Expr compare(End a, String op, End b) {
        if (a.value() != null && b.value() != null) {
            return new Expr.Comparison(op, a.value(), b.value());
        }
        int c = Integer.compare(a.unbounded(), b.unbounded());
        boolean holds =
                switch (op) {
                    case "=" -> c == 0;
                    case "<" -> c < 0;
                    case ">" -> c > 0;
                    case "<=" -> c <= 0;
                    default -> c >= 0;
                };
        Expr value = a.value() != null ? a.value() : b.value();
        return value instanceof Expr.Property
                ? new Expr.Comparison(holds ? "=" : "<>", value, value)
                : new Expr.Literal(holds);
    }

    /**
     * AND ({@code or} false) or OR of {@code args}, with the constants folded as three-valued logic allows: a false
     * argument decides an AND, a true one an OR, and the other constant drops out.
     */
    private static Expr combine(List<Expr> args, boolean or) {
        List<Expr> kept = new ArrayList<>();
        for (Expr arg : args.stream().distinct().toList()) {
            if (arg instanceof Expr.Literal l && l.value() instanceof Boolean b) {
                if (b == or) {
                    return l;
                }
            } else {
                kept.add(arg);
            }
        }
        if (kept.isEmpty()) {
            return new Expr.Literal(!or);
        }
        return kept.size() == 1 ? kept.get(0) : or ? new Expr.Or(kept) : new Expr.And(kept);
    }
}
