package cl.sit.filter;

import cl.sit.filter.Queryables.Type;
import cl.sit.layer.Layer;
import java.time.LocalDate;

/**
 * Checks a parsed filter against a layer: every property is a queryable, and the operands of each operator have
 * types that fit (a number is compared with a number, a date with a date or a timestamp, LIKE applies to text,
 * spatial functions to geometries, temporal functions to dates, timestamps and intervals). Errors are
 * {@link InvalidFilter} in Spanish.
 */
final class TypeCheck {

    private final Layer layer;

    private TypeCheck(Layer layer) {
        this.layer = layer;
    }

    static void check(Expr e, Layer layer) {
        new TypeCheck(layer).predicate(e);
    }

    private void predicate(Expr e) {
        if (e instanceof Expr.And a) {
            a.args().forEach(this::predicate);
        } else if (e instanceof Expr.Or o) {
            o.args().forEach(this::predicate);
        } else if (e instanceof Expr.Not n) {
            predicate(n.arg());
        } else if (e instanceof Expr.Literal l && l.value() instanceof Boolean) {
            return;
        } else if (e instanceof Expr.Comparison c) {
            Type t = same(c.left(), c.right(), "'" + c.op() + "'");
            if (t == Type.GEOMETRY || (t == Type.BOOLEAN && !c.op().equals("=") && !c.op().equals("<>"))) {
                throw new InvalidFilter(
                        "Filtro no aplicable: '" + c.op() + "' no compara valores de tipo " + t.spanish);
            }
        } else if (e instanceof Expr.Like l) {
            if (type(l.value()) != Type.STRING) {
                throw new InvalidFilter("Filtro no aplicable: LIKE solo se aplica a texto");
            }
            LikePattern.check(l.pattern());
        } else if (e instanceof Expr.Between b) {
            Type t = same(b.value(), b.low(), "BETWEEN");
            same(b.value(), b.high(), "BETWEEN");
            if (t != Type.NUMBER && t != Type.DATE && t != Type.TIMESTAMP) {
                throw new InvalidFilter("Filtro no aplicable: BETWEEN compara números o fechas, no " + t.spanish);
            }
        } else if (e instanceof Expr.In i) {
            for (Expr item : i.list()) {
                if (!(item instanceof Expr.Literal)) {
                    throw new InvalidFilter("Filtro no aplicable: la lista de IN lleva solo valores");
                }
                same(i.value(), item, "IN");
            }
        } else if (e instanceof Expr.IsNull n) {
            type(n.value());
        } else if (e instanceof Expr.Temporal t) {
            temporalOperand(t.left(), t.op());
            temporalOperand(t.right(), t.op());
        } else if (e instanceof Expr.Spatial s) {
            geometries(s.left(), s.right(), s.op().cqlName());
        } else if (e instanceof Expr.DWithin d) {
            geometries(d.left(), d.right(), "S_DWITHIN");
            if (!(d.left() instanceof Expr.GeometryLiteral) && !(d.right() instanceof Expr.GeometryLiteral)) {
                throw new InvalidFilter("Filtro no aplicable: S_DWITHIN necesita una geometría literal");
            }
            if (!(d.metres() >= 0) || Double.isInfinite(d.metres())) {
                throw new InvalidFilter("Filtro no aplicable: la distancia de S_DWITHIN debe ser un número de "
                        + "metros mayor o igual a 0");
            }
        } else {
            throw new InvalidFilter("Filtro no aplicable: se esperaba una condición y no un valor");
        }
    }

    /**
     * An operand of a temporal function: an instant (a date or timestamp property or literal), which the functions
     * of table "temporal-functions-2" refuse ("Using these functions with instants will result in a client
     * error", OGC 21-065r2 clause 7), or an interval whose ends are instants or unbounded, the start not after the
     * end when both are literals.
     */
    private void temporalOperand(Expr e, TemporalOp op) {
        if (!(e instanceof Expr.Interval i)) {
            instant(e, op);
            if (!op.acceptsInstants()) {
                throw new InvalidFilter("Filtro no aplicable: " + op.cqlName() + " solo compara intervalos y recibió "
                        + describe(e, type(e)) + "; use INTERVAL(inicio, fin) (OGC 21-065r2: con instantes es un "
                        + "error del cliente; T_AFTER, T_BEFORE, T_DISJOINT, T_EQUALS y T_INTERSECTS aceptan "
                        + "instantes)");
            }
            return;
        }
        for (Expr end : new Expr[] {i.start(), i.end()}) {
            if (end != null) {
                instant(end, op);
            }
        }
        if (i.start() instanceof Expr.Literal s
                && i.end() instanceof Expr.Literal f
                && TemporalPredicates.compareValues(s.value(), f.value()) > 0) {
            throw new InvalidFilter("Filtro no aplicable: el intervalo de " + op.cqlName() + " empieza (" + s.value()
                    + ") después de terminar (" + f.value() + ")");
        }
    }

    private void instant(Expr e, TemporalOp op) {
        Type t = type(e);
        if (t != Type.DATE && t != Type.TIMESTAMP) {
            throw new InvalidFilter("Filtro no aplicable: " + op.cqlName() + " compara fechas o instantes "
                    + "(propiedades de tipo fecha, DATE('...'), TIMESTAMP('...') o INTERVAL(inicio, fin)) y no "
                    + describe(e, t));
        }
    }

    private void geometries(Expr a, Expr b, String function) {
        if (type(a) != Type.GEOMETRY || type(b) != Type.GEOMETRY) {
            throw new InvalidFilter("Filtro no aplicable: " + function + " compara geometrías (la propiedad "
                    + Queryables.GEOMETRY + " o una geometría literal)");
        }
    }

    private Type same(Expr a, Expr b, String operator) {
        Type ta = type(a);
        Type tb = type(b);
        if (ta == tb) {
            return ta;
        }
        // A date and a timestamp are compared as dates (see TemporalPredicates): CQL2 lets the server cast
        // operands of incompatible types or reject them (OGC 21-065r2, /per/basic-cql2/type-casts).
        if ((ta == Type.DATE || ta == Type.TIMESTAMP) && (tb == Type.DATE || tb == Type.TIMESTAMP)) {
            return Type.DATE;
        }
        throw new InvalidFilter("Filtro no aplicable: " + operator + " compara " + describe(a, ta) + " con "
                + describe(b, tb) + "; los tipos deben coincidir");
    }

    private static String describe(Expr e, Type t) {
        return (e instanceof Expr.Property p ? "la propiedad '" + p.name() + "' (" : "un valor (") + t.spanish + ")";
    }

    Type type(Expr e) {
        if (e instanceof Expr.Property p) {
            return Queryables.type(layer, p.name());
        }
        if (e instanceof Expr.GeometryLiteral) {
            return Type.GEOMETRY;
        }
        if (e instanceof Expr.Literal l) {
            Object v = l.value();
            return v instanceof String
                    ? Type.STRING
                    : v instanceof Number
                            ? Type.NUMBER
                            : v instanceof Boolean ? Type.BOOLEAN : v instanceof LocalDate ? Type.DATE : Type.TIMESTAMP;
        }
        throw new InvalidFilter("Filtro no aplicable: se esperaba un valor o una propiedad y no una condición");
    }
}
