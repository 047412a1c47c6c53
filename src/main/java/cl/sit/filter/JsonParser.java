package cl.sit.filter;

import cl.sit.geojson.GeoJsonReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.geojson.GeoJsonObject;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Parser of cql2-json (OGC 21-065r2, JSON Schema of Annex B) into the same {@link Expr} tree as cql2-text.
 * Errors name the place with a JSON pointer ({@code /args/1}) and say what was expected, in Spanish.
 */
final class JsonParser {

    /** Refuses JSON nested deeper than a filter may be before a tree (or a GeoJSON geometry) is built from it. */
    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(FilterLimits.MAX_JSON_NESTING)
                            .build())
                    .build())
            .build();

    private static final Set<String> COMPARISONS = Set.of("=", "<>", "<", ">", "<=", ">=");
    private static final Set<String> GEOJSON_TYPES = Set.of(
            "Point", "LineString", "Polygon", "MultiPoint", "MultiLineString", "MultiPolygon", "GeometryCollection");

    private JsonParser() {}

    static Expr parse(String text) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (StreamConstraintsException e) {
            throw FilterLimits.tooDeep("(JSON de más de " + FilterLimits.MAX_JSON_NESTING + " niveles)");
        } catch (JacksonException e) {
            throw new InvalidFilter("Filtro CQL2 JSON inválido: no es JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidFilter("Filtro CQL2 JSON inválido: está vacío");
        }
        return bool(root, "", 0);
    }

    private static Expr bool(JsonNode node, String at, int depth) {
        if (depth > FilterLimits.MAX_NESTING) {
            throw FilterLimits.tooDeep("en " + at);
        }
        if (node.isBoolean()) {
            return new Expr.Literal(node.asBoolean());
        }
        if (!node.isObject() || !node.has("op")) {
            throw error(at, "una expresión booleana {\"op\": ..., \"args\": [...]} o true/false");
        }
        if (!node.get("op").isString()) {
            throw error(at + "/op", "el nombre de un operador entre comillas");
        }
        String op = node.get("op").asString().toLowerCase(Locale.ROOT);
        List<JsonNode> args = args(node, at);
        String a = at + "/args";
        switch (op) {
            case "and", "or" -> {
                if (args.size() < 2) {
                    throw error(a, "al menos dos argumentos para '" + op + "'");
                }
                List<Expr> list = new ArrayList<>();
                for (int i = 0; i < args.size(); i++) {
                    list.add(bool(args.get(i), a + "/" + i, depth + 1));
                }
                return op.equals("and") ? new Expr.And(list) : new Expr.Or(list);
            }
            case "not" -> {
                count(args, 1, a);
                return new Expr.Not(bool(args.get(0), a + "/0", depth + 1));
            }
            case "like" -> {
                count(args, 2, a);
                if (!args.get(1).isString()) {
                    throw error(a + "/1", "un patrón de texto");
                }
                return new Expr.Like(scalar(args.get(0), a + "/0"), args.get(1).asString());
            }
            case "between" -> {
                count(args, 3, a);
                return new Expr.Between(
                        scalar(args.get(0), a + "/0"), scalar(args.get(1), a + "/1"), scalar(args.get(2), a + "/2"));
            }
            case "in" -> {
                count(args, 2, a);
                if (!args.get(1).isArray() || args.get(1).isEmpty()) {
                    throw error(a + "/1", "una lista no vacía de valores");
                }
                List<Expr> list = new ArrayList<>();
                for (int i = 0; i < args.get(1).size(); i++) {
                    list.add(scalar(args.get(1).get(i), a + "/1/" + i));
                }
                return new Expr.In(scalar(args.get(0), a + "/0"), list);
            }
            case "isnull" -> {
                count(args, 1, a);
                return new Expr.IsNull(scalar(args.get(0), a + "/0"));
            }
            case "s_dwithin" -> {
                count(args, 3, a);
                if (!args.get(2).isNumber()) {
                    throw error(a + "/2", "una distancia en metros");
                }
                return new Expr.DWithin(
                        spatial(args.get(0), a + "/0"),
                        spatial(args.get(1), a + "/1"),
                        args.get(2).asDouble());
            }
            default -> {
                if (COMPARISONS.contains(op)) {
                    count(args, 2, a);
                    return new Expr.Comparison(op, scalar(args.get(0), a + "/0"), scalar(args.get(1), a + "/1"));
                }
                Optional<TemporalOp> t = TemporalOp.byName(op);
                if (t.isPresent()) {
                    count(args, 2, a);
                    return new Expr.Temporal(t.get(), temporal(args.get(0), a + "/0"), temporal(args.get(1), a + "/1"));
                }
                SpatialOp s = SpatialOp.byName(op)
                        .orElseThrow(() -> error(
                                at + "/op",
                                "un operador conocido "
                                        + "(and, or, not, =, <>, <, >, <=, >=, like, between, in, isNull, s_intersects, s_within, "
                                        + "..., s_dwithin, t_after, t_intersects, ...) y no '" + op + "'"));
                count(args, 2, a);
                return new Expr.Spatial(s, spatial(args.get(0), a + "/0"), spatial(args.get(1), a + "/1"));
            }
        }
    }

    private static Expr scalar(JsonNode node, String at) {
        if (node.isString()) {
            return new Expr.Literal(node.asString());
        }
        if (node.isNumber()) {
            return new Expr.Literal(
                    node.isIntegralNumber() && node.canConvertToLong()
                            ? (Object) node.asLong()
                            : (Object) node.asDouble());
        }
        if (node.isBoolean()) {
            return new Expr.Literal(node.asBoolean());
        }
        if (node.isObject() && node.size() == 1) {
            if (node.has("property") && node.get("property").isString()) {
                return new Expr.Property(node.get("property").asString());
            }
            if (node.has("date") && node.get("date").isString()) {
                return new Expr.Literal(Literals.date(node.get("date").asString(), "en " + at));
            }
            if (node.has("timestamp") && node.get("timestamp").isString()) {
                return new Expr.Literal(Literals.timestamp(node.get("timestamp").asString(), "en " + at));
            }
        }
        throw error(
                at,
                "una propiedad {\"property\": ...}, un texto, un número, un booleano, {\"date\": ...} o "
                        + "{\"timestamp\": ...}");
    }

    /** {@code {"interval": [start, end]}} or a scalar (the type check accepts only dates and timestamps). */
    private static Expr temporal(JsonNode node, String at) {
        if (!node.isObject() || node.size() != 1 || !node.has("interval")) {
            return scalar(node, at);
        }
        JsonNode ends = node.get("interval");
        if (!ends.isArray() || ends.size() != 2) {
            throw error(at + "/interval", "dos extremos [inicio, fin]");
        }
        return new Expr.Interval(
                intervalEnd(ends.get(0), at + "/interval/0"), intervalEnd(ends.get(1), at + "/interval/1"));
    }

    /** A date or timestamp string, {@code ".."} (null: unbounded) or {@code {"property": ...}}. */
    private static Expr intervalEnd(JsonNode node, String at) {
        if (node.isString()) {
            return Literals.intervalEnd(node.asString(), "en " + at);
        }
        if (node.isObject()
                && node.size() == 1
                && node.has("property")
                && node.get("property").isString()) {
            return new Expr.Property(node.get("property").asString());
        }
        throw error(at, "una fecha, un instante, \"..\" o una propiedad {\"property\": ...}");
    }

    private static Expr spatial(JsonNode node, String at) {
        if (node.isObject() && node.has("property")) {
            return scalar(node, at);
        }
        if (node.isObject() && node.has("bbox") && node.get("bbox").isArray()) {
            List<Double> v = new ArrayList<>();
            node.get("bbox").forEach(n -> v.add(n.isNumber() ? n.asDouble() : Double.NaN));
            if (v.stream().anyMatch(d -> d.isNaN())) {
                throw error(at + "/bbox", "números");
            }
            return new Expr.GeometryLiteral(Literals.bbox(v, "en " + at));
        }
        if (node.isObject()
                && node.has("type")
                && GEOJSON_TYPES.contains(node.get("type").asString())) {
            try {
                GeoJsonObject g = MAPPER.treeToValue(node, GeoJsonObject.class);
                return new Expr.GeometryLiteral(GeoJsonReader.toJts(g));
            } catch (JacksonException | IllegalArgumentException | NullPointerException | IndexOutOfBoundsException e) {
                throw error(at, "una geometría GeoJSON válida");
            }
        }
        throw error(at, "una propiedad geométrica, una geometría GeoJSON o {\"bbox\": [...]}");
    }

    private static List<JsonNode> args(JsonNode node, String at) {
        JsonNode args = node.get("args");
        if (args == null || !args.isArray()) {
            throw error(at + "/args", "una lista de argumentos");
        }
        List<JsonNode> out = new ArrayList<>();
        args.forEach(out::add);
        return out;
    }

    private static void count(List<JsonNode> args, int n, String at) {
        if (args.size() != n) {
            throw error(at, (n == 1 ? "1 argumento" : n + " argumentos") + " y no " + args.size());
        }
    }

    private static InvalidFilter error(String at, String expected) {
        return new InvalidFilter(
                "Filtro CQL2 JSON inválido en " + (at.isEmpty() ? "/" : at) + ": se esperaba " + expected);
    }
}
