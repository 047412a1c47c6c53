package cl.sit.filter;

import cl.sit.filter.Queryables.Type;
import cl.sit.layer.Layer;
import java.time.LocalDate;

/**
 * Checks a parsed filter against a layer: every property is a queryable, and the operands of each operator have
 * types that fit (a date attribute is compared with {@code DATE('...')}, a number with a number, LIKE applies to
 * text, spatial functions to geometries). Errors are {@link InvalidFilter} in Spanish.
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
                throw new InvalidFilter("Filtro no aplicable: '" + c.op() + "' no compara valores de tipo "
                        + t.spanish);
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

    private void geometries(Expr a, Expr b, String function) {
        if (type(a) != Type.GEOMETRY || type(b) != Type.GEOMETRY) {
            throw new InvalidFilter("Filtro no aplicable: " + function + " compara geometrías (la propiedad "
                    + Queryables.GEOMETRY + " o una geometría literal)");
        }
    }

    private Type same(Expr a, Expr b, String operator) {
        Type ta = type(a);
        Type tb = type(b);
        if (ta != tb) {
            throw new InvalidFilter("Filtro no aplicable: " + operator + " compara " + describe(a, ta) + " con "
                    + describe(b, tb) + "; los tipos deben coincidir");
        }
        return ta;
    }

    private static String describe(Expr e, Type t) {
        return (e instanceof Expr.Property p ? "la propiedad '" + p.name() + "' (" : "un valor (") + t.spanish
                + ")";
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
            return v instanceof String ? Type.STRING : v instanceof Number ? Type.NUMBER
                    : v instanceof Boolean ? Type.BOOLEAN : v instanceof LocalDate ? Type.DATE : Type.TIMESTAMP;
        }
        throw new InvalidFilter("Filtro no aplicable: se esperaba un valor o una propiedad y no una condición");
    }
}
