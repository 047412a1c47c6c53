package cl.sit.filter;

import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Geometry;

/** Rewrites the geometry literals of an expression tree, e.g. from a filter's {@code filter-crs} to CRS84. */
public final class GeometryLiterals {

    private GeometryLiterals() {}

    /** {@code expr} with every geometry literal replaced by {@code map} of it; everything else as it was. */
    public static Expr map(Expr expr, UnaryOperator<Geometry> map) {
        if (expr instanceof Expr.GeometryLiteral g) {
            return new Expr.GeometryLiteral(map.apply(g.geometry()));
        } else if (expr instanceof Expr.Comparison c) {
            return new Expr.Comparison(c.op(), map(c.left(), map), map(c.right(), map));
        } else if (expr instanceof Expr.And a) {
            return new Expr.And(all(a.args(), map));
        } else if (expr instanceof Expr.Or o) {
            return new Expr.Or(all(o.args(), map));
        } else if (expr instanceof Expr.Not n) {
            return new Expr.Not(map(n.arg(), map));
        } else if (expr instanceof Expr.Like l) {
            return new Expr.Like(map(l.value(), map), l.pattern());
        } else if (expr instanceof Expr.Between b) {
            return new Expr.Between(map(b.value(), map), map(b.low(), map), map(b.high(), map));
        } else if (expr instanceof Expr.In i) {
            return new Expr.In(map(i.value(), map), all(i.list(), map));
        } else if (expr instanceof Expr.IsNull n) {
            return new Expr.IsNull(map(n.value(), map));
        } else if (expr instanceof Expr.Spatial s) {
            return new Expr.Spatial(s.op(), map(s.left(), map), map(s.right(), map));
        } else if (expr instanceof Expr.DWithin d) {
            return new Expr.DWithin(map(d.left(), map), map(d.right(), map), d.metres());
        }
        return expr; // Property, Literal, Temporal and Interval (no geometry in them), null
    }

    private static List<Expr> all(List<Expr> exprs, UnaryOperator<Geometry> map) {
        return exprs.stream().map(e -> map(e, map)).toList();
    }
}
