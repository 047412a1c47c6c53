package cl.sit.filter;

import cl.sit.filter.TextLexer.Kind;
import cl.sit.filter.TextLexer.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Recursive-descent parser of cql2-text (OGC 21-065r2) for the classes SIT supports: boolean logic, comparisons,
 * LIKE, BETWEEN, IN, IS NULL, the spatial and temporal functions, SIT's {@code S_DWITHIN}, and
 * {@code DATE}/{@code TIMESTAMP}/{@code INTERVAL}, WKT and {@code BBOX} literals. Keywords are case-insensitive.
 * Errors give the 1-based position and what was expected, in Spanish.
 */
final class TextParser {

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");
    private static final Set<String> GEOMETRIES = Set.of(
            "POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING", "MULTIPOLYGON", "GEOMETRYCOLLECTION");
    private static final Set<String> RESERVED = Set.of(
            "AND",
            "OR",
            "NOT",
            "LIKE",
            "BETWEEN",
            "IN",
            "IS",
            "NULL",
            "TRUE",
            "FALSE",
            "DATE",
            "TIMESTAMP",
            "INTERVAL",
            "BBOX");

    private final List<Token> tokens;
    private int next;
    private int nesting;

    private TextParser(String text) {
        this.tokens = TextLexer.tokens(text);
    }

    static Expr parse(String text) {
        TextParser p = new TextParser(text);
        Expr e = p.orExpression();
        if (p.peek().kind() != Kind.END) {
            throw p.expected("AND, OR o el fin del filtro");
        }
        return e;
    }

    private Expr orExpression() {
        List<Expr> args = new ArrayList<>(List.of(andExpression()));
        while (accept("OR")) {
            args.add(andExpression());
        }
        return args.size() == 1 ? args.get(0) : new Expr.Or(args);
    }

    private Expr andExpression() {
        List<Expr> args = new ArrayList<>(List.of(factor()));
        while (accept("AND")) {
            args.add(factor());
        }
        return args.size() == 1 ? args.get(0) : new Expr.And(args);
    }

    /** A factor; NOT and parentheses nest at most {@link FilterLimits#MAX_NESTING} deep. */
    private Expr factor() {
        if (peek().is("NOT") || peek().is("(")) {
            if (++nesting > FilterLimits.MAX_NESTING) {
                throw FilterLimits.tooDeep("en la posición " + peek().position());
            }
            try {
                return accept("NOT") ? new Expr.Not(factor()) : parenthesised();
            } finally {
                nesting--;
            }
        }
        Token t = peek();
        if (t.kind() == Kind.WORD
                && SpatialOp.byName(t.text()).isPresent()
                && lookahead(1).is("(")) {
            next++;
            return spatial(SpatialOp.byName(t.text()).orElseThrow());
        }
        if (t.kind() == Kind.WORD
                && TemporalOp.byName(t.text()).isPresent()
                && lookahead(1).is("(")) {
            next++;
            return temporalFunction(TemporalOp.byName(t.text()).orElseThrow());
        }
        if (t.is("S_DWITHIN") && lookahead(1).is("(")) {
            next++;
            return dwithin();
        }
        if ((t.is("TRUE") || t.is("FALSE")) && !isComparisonAt(1)) {
            next++;
            return new Expr.Literal(t.is("TRUE"));
        }
        return predicate();
    }

    private Expr parenthesised() {
        expect("(");
        Expr inner = orExpression();
        expect(")");
        return inner;
    }

    private Expr predicate() {
        Expr left = scalar();
        boolean not = accept("NOT");
        if (accept("LIKE")) {
            Token pattern = peek();
            if (pattern.kind() != Kind.STRING) {
                throw expected("un patrón entre comillas simples después de LIKE");
            }
            next++;
            return negate(not, new Expr.Like(left, pattern.text()));
        }
        if (accept("BETWEEN")) {
            Expr low = scalar();
            expect("AND");
            return negate(not, new Expr.Between(left, low, scalar()));
        }
        if (accept("IN")) {
            expect("(");
            List<Expr> list = new ArrayList<>(List.of(scalar()));
            while (accept(",")) {
                list.add(scalar());
            }
            expect(")");
            return negate(not, new Expr.In(left, list));
        }
        if (not) {
            throw expected("LIKE, BETWEEN o IN después de NOT");
        }
        if (accept("IS")) {
            boolean isNot = accept("NOT");
            expect("NULL");
            return negate(isNot, new Expr.IsNull(left));
        }
        Token op = peek();
        if (op.kind() == Kind.SYMBOL && COMPARISONS.contains(op.text())) {
            next++;
            return new Expr.Comparison(op.text(), left, scalar());
        }
        throw expected("un operador de comparación (=, <>, <, >, <=, >=), LIKE, BETWEEN, IN o IS NULL");
    }

    private Expr spatial(SpatialOp op) {
        List<Expr> args = pair(this::spatialOperand);
        return new Expr.Spatial(op, args.get(0), args.get(1));
    }

    private Expr dwithin() {
        expect("(");
        Expr a = spatialOperand();
        expect(",");
        Expr b = spatialOperand();
        expect(",");
        Token d = peek();
        if (d.kind() != Kind.NUMBER) {
            throw expected("una distancia en metros");
        }
        next++;
        expect(")");
        return new Expr.DWithin(a, b, Literals.number(d.text(), d.position()).doubleValue());
    }

    private Expr temporalFunction(TemporalOp op) {
        List<Expr> args = pair(this::temporalOperand);
        return new Expr.Temporal(op, args.get(0), args.get(1));
    }

    /** {@code INTERVAL(start, end)} or a scalar (the type check lets only dates and timestamps through). */
    private Expr temporalOperand() {
        if (!peek().is("INTERVAL") || !lookahead(1).is("(")) {
            return scalar();
        }
        next++;
        List<Expr> ends = pair(this::intervalEnd);
        return new Expr.Interval(ends.get(0), ends.get(1));
    }

    /** {@code (a, b)}, each read by {@code operand} (an element may be null: an unbounded end of an interval). */
    private List<Expr> pair(Supplier<Expr> operand) {
        expect("(");
        Expr a = operand.get();
        expect(",");
        Expr b = operand.get();
        expect(")");
        return Arrays.asList(a, b);
    }

    /** An end of INTERVAL: a date or timestamp string, {@code '..'} (null: unbounded) or a property. */
    private Expr intervalEnd() {
        Token t = peek();
        if (t.kind() == Kind.STRING) {
            next++;
            return Literals.intervalEnd(t.text(), "posición " + t.position());
        }
        if (t.kind() == Kind.QUOTED_WORD
                || t.kind() == Kind.WORD && !RESERVED.contains(t.text().toUpperCase(Locale.ROOT))) {
            return property();
        }
        throw expected("un extremo de INTERVAL: una fecha o un instante entre comillas simples, '..' o una propiedad");
    }

    private Expr spatialOperand() {
        Token t = peek();
        if (t.kind() == Kind.WORD && (GEOMETRIES.contains(t.text().toUpperCase(Locale.ROOT)) || t.is("BBOX"))) {
            return geometry();
        }
        if (t.kind() == Kind.WORD || t.kind() == Kind.QUOTED_WORD) {
            return property();
        }
        throw expected("una propiedad geométrica o una geometría (WKT o BBOX)");
    }

    /** A scalar operand: property, character, numeric, boolean, DATE(...) or TIMESTAMP(...) literal. */
    private Expr scalar() {
        Token t = peek();
        switch (t.kind()) {
            case STRING -> {
                next++;
                return new Expr.Literal(t.text());
            }
            case NUMBER -> {
                next++;
                return new Expr.Literal(Literals.number(t.text(), t.position()));
            }
            case QUOTED_WORD -> {
                return property();
            }
            case WORD -> {
                if (t.is("TRUE") || t.is("FALSE")) {
                    next++;
                    return new Expr.Literal(t.is("TRUE"));
                }
                if ((t.is("DATE") || t.is("TIMESTAMP")) && lookahead(1).is("(")) {
                    return temporal();
                }
                if (t.is("INTERVAL")) {
                    throw expected("una propiedad o un valor: INTERVAL(...) solo es operando de una función "
                            + "temporal (T_INTERSECTS, T_DURING, ...)");
                }
                if (RESERVED.contains(t.text().toUpperCase(Locale.ROOT))) {
                    throw expected("una propiedad o un valor, no la palabra reservada " + t.text());
                }
                return property();
            }
            default -> throw expected("una propiedad o un valor");
        }
    }

    private Expr temporal() {
        Token kind = tokens.get(next++);
        expect("(");
        Token value = peek();
        if (value.kind() != Kind.STRING) {
            throw expected("una fecha entre comillas simples");
        }
        next++;
        expect(")");
        return new Expr.Literal(
                kind.is("DATE")
                        ? Literals.date(value.text(), "posición " + value.position())
                        : Literals.timestamp(value.text(), "posición " + value.position()));
    }

    private Expr property() {
        Token t = tokens.get(next++);
        return new Expr.Property(t.text());
    }

    /** A WKT geometry (rebuilt from its tokens and read by JTS) or {@code BBOX(x1, y1, x2, y2)}. */
    private Expr geometry() {
        Token start = tokens.get(next++);
        if (start.is("BBOX")) {
            expect("(");
            List<Double> numbers = new ArrayList<>();
            do {
                Token n = peek();
                if (n.kind() != Kind.NUMBER) {
                    throw expected("un número de BBOX");
                }
                next++;
                numbers.add(Literals.number(n.text(), n.position()).doubleValue());
            } while (accept(","));
            expect(")");
            return new Expr.GeometryLiteral(Literals.bbox(numbers, "posición " + start.position()));
        }
        StringBuilder wkt = new StringBuilder(start.text());
        int depth = 0;
        do {
            Token t = peek();
            if (t.kind() == Kind.END) {
                throw expected("')' que cierre la geometría " + start.text());
            }
            next++;
            depth += t.is("(") ? 1 : t.is(")") ? -1 : 0;
            wkt.append(' ').append(t.text());
        } while (depth > 0 || (tokens.get(next - 1).kind() == Kind.WORD && peek().is("(")));
        return new Expr.GeometryLiteral(Literals.wkt(wkt.toString(), "posición " + start.position()));
    }

    private static Expr negate(boolean not, Expr e) {
        return not ? new Expr.Not(e) : e;
    }

    private boolean isComparisonAt(int ahead) {
        Token t = lookahead(ahead);
        return t.kind() == Kind.SYMBOL && COMPARISONS.contains(t.text())
                || t.is("IS")
                || t.is("IN")
                || t.is("NOT") && !lookahead(ahead + 1).is("(");
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token lookahead(int n) {
        return tokens.get(Math.min(next + n, tokens.size() - 1));
    }

    private boolean accept(String symbolOrKeyword) {
        if (peek().is(symbolOrKeyword)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String symbolOrKeyword) {
        if (!accept(symbolOrKeyword)) {
            throw expected("'" + symbolOrKeyword + "'");
        }
    }

    private InvalidFilter expected(String what) {
        Token t = peek();
        String found = t.kind() == Kind.END ? "el fin del filtro" : "'" + t.text() + "'";
        return new InvalidFilter("Filtro CQL2 inválido en la posición " + t.position() + ": se esperaba " + what
                + " y se encontró " + found);
    }
}
