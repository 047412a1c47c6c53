package cl.sit.filter;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import cl.sit.storage.Wkb;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Translates a checked filter into one SQL condition for H2GIS and PostGIS. Column names come only from the
 * layer registry (quoted), every value is a bound parameter, geometry literals travel as WKB with SRID 4326.
 * Relations that imply overlapping envelopes add {@code &&} so that the spatial index selects candidates.
 */
final class FilterSql {

    private static final Feature NO_FEATURE = new Feature(null, java.util.Map.of(), null);

    private final Layer layer;
    private final List<Object> params;

    private FilterSql(Layer layer, List<Object> params) {
        this.layer = layer;
        this.params = params;
    }

    static String sql(Expr e, Layer layer, List<Object> params) {
        return new FilterSql(layer, params).condition(e);
    }

    private String condition(Expr e) {
        if (e instanceof Expr.And a) {
            return "("
                    + String.join(
                            " AND ", a.args().stream().map(this::condition).toList()) + ")";
        }
        if (e instanceof Expr.Or o) {
            return "("
                    + String.join(" OR ", o.args().stream().map(this::condition).toList()) + ")";
        }
        if (e instanceof Expr.Not n) {
            return "(NOT " + condition(n.arg()) + ")";
        }
        if (e instanceof Expr.Literal || !readsTheFeature(e)) {
            // Constant predicates ('a' = 'a', TRUE) are decided here: H2 cannot type "? = ?".
            return Boolean.TRUE.equals(FilterEvaluator.eval(e, NO_FEATURE)) ? "(1 = 1)" : "(1 = 0)";
        }
        if (e instanceof Expr.Comparison c) {
            return "(" + operand(c.left()) + " " + c.op() + " " + operand(c.right()) + ")";
        }
        if (e instanceof Expr.Like l) {
            String value = operand(l.value());
            params.add(LikePattern.sql(l.pattern()));
            return "(" + value + " LIKE ? ESCAPE '\\')";
        }
        if (e instanceof Expr.Between b) {
            return "(" + operand(b.value()) + " BETWEEN " + operand(b.low()) + " AND " + operand(b.high()) + ")";
        }
        if (e instanceof Expr.In i) {
            String value = operand(i.value());
            i.list().forEach(item -> params.add(value(((Expr.Literal) item).value())));
            return "(" + value + " IN ("
                    + String.join(", ", Collections.nCopies(i.list().size(), "?")) + "))";
        }
        if (e instanceof Expr.IsNull n) {
            return "(" + operand(n.value()) + " IS NULL)";
        }
        if (e instanceof Expr.Spatial s) {
            String relation = s.op().sqlFunction() + "(" + operand(s.left()) + ", " + operand(s.right()) + ")";
            return s.op().needsEnvelopeOverlap()
                    ? "(" + operand(s.left()) + " && " + operand(s.right()) + " AND " + relation + ")"
                    : "(" + relation + ")";
        }
        return dwithin((Expr.DWithin) e);
    }

    /** Whether a predicate (not AND, OR or NOT) has a property among its operands. */
    private static boolean readsTheFeature(Expr e) {
        if (e instanceof Expr.And || e instanceof Expr.Or || e instanceof Expr.Not) {
            return true;
        }
        List<Expr> operands = e instanceof Expr.Comparison c
                ? List.of(c.left(), c.right())
                : e instanceof Expr.Like l
                        ? List.of(l.value())
                        : e instanceof Expr.Between b
                                ? List.of(b.value(), b.low(), b.high())
                                : e instanceof Expr.In i
                                        ? List.of(i.value())
                                        : e instanceof Expr.IsNull n
                                                ? List.of(n.value())
                                                : e instanceof Expr.Spatial s
                                                        ? List.of(s.left(), s.right())
                                                        : e instanceof Expr.DWithin d
                                                                ? List.of(d.left(), d.right())
                                                                : List.of();
        return operands.stream().anyMatch(o -> o instanceof Expr.Property);
    }

    private String dwithin(Expr.DWithin d) {
        Geometry literal =
                ((Expr.GeometryLiteral) (d.left() instanceof Expr.GeometryLiteral ? d.left() : d.right())).geometry();
        DistanceScale scale = DistanceScale.at(literal);
        StringBuilder sql = new StringBuilder("(");
        Expr property = d.left() instanceof Expr.Property ? d.left() : d.right();
        if (property instanceof Expr.Property) {
            Envelope box = scale.candidates(literal, d.metres());
            sql.append(operand(property)).append(" && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ");
            params.addAll(List.of(box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY()));
        }
        sql.append("ST_DWithin(")
                .append(scaled(d.left(), scale))
                .append(", ")
                .append(scaled(d.right(), scale))
                .append(", ?))");
        params.add(d.metres());
        return sql.toString();
    }

    private String scaled(Expr e, DistanceScale scale) {
        String g = operand(e);
        params.add(scale.metresPerDegreeX());
        params.add(scale.metresPerDegreeY());
        return "ST_Scale(" + g + ", ?, ?)";
    }

    private String operand(Expr e) {
        if (e instanceof Expr.Property p) {
            return quote(
                    p.name().equals(Queryables.GEOMETRY)
                                    && layer.attribute(p.name()).isEmpty()
                            ? Layer.GEOMETRY_COLUMN
                            : layer.attribute(p.name()).orElseThrow().name());
        }
        if (e instanceof Expr.GeometryLiteral g) {
            params.add(Wkb.write(g.geometry()));
            return "ST_GeomFromWKB(?, 4326)";
        }
        params.add(value(((Expr.Literal) e).value()));
        return "?";
    }

    /** JDBC values: an instant as a UTC {@code OffsetDateTime}, anything else as is. */
    private static Object value(Object v) {
        return v instanceof Instant i ? i.atOffset(ZoneOffset.UTC) : v;
    }
}
