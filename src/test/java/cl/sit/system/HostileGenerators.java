package cl.sit.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Property-based hostile input: query strings, CQL2 filters and GeoJSON bodies built at random from pieces that
 * have broken parsers before. Each family yields {@code sit.hostile.tries} requests (default 200; half as many
 * GeoJSON bodies, which are writes and pay for a password check each) from the seed
 * {@code sit.hostile.seed}; a failure names its seed and index, so {@code -Dsit.hostile.seed=...} repeats it.
 */
final class HostileGenerators {

    static final long SEED = Long.getLong("sit.hostile.seed", 20_261_202L);
    static final int TRIES = Integer.getInteger("sit.hostile.tries", 200);

    private static final String[] QUERY_PIECES = {
        "%",
        "%z",
        "%zz",
        "%C3",
        "%C3%28",
        "%ED%A0%80",
        "%00",
        "%FF",
        "=",
        "&",
        "&&",
        "==",
        "+",
        "%2B",
        "'",
        "\"",
        ";",
        "--",
        "/*",
        "\u00c3",
        "\u00ff",
        "\u00e9",
        "[",
        "]",
        "{",
        "}",
        "f",
        "limit",
        "offset",
        "bbox",
        "datetime",
        "asOf",
        "filter",
        "filter-lang",
        "crs",
        "bbox-crs",
        "sortby",
        "properties",
        "region",
        "comuna",
        "anio",
        "nivel",
        "programa",
        "1",
        "-1",
        "0",
        "1e308",
        "NaN",
        "Infinity",
        "99999999999999999999",
        ",",
        "..",
        "../",
        "json",
        "html",
        "csv",
        "cql2-json",
        "%E2%80%AE",
        "%F0%9F%98%80"
    };

    private static final String[] CQL2_PIECES = {
        "cut",
        "nombre",
        "geometry",
        "codigo",
        "=",
        "<>",
        "<",
        ">=",
        " AND ",
        " OR ",
        " NOT ",
        "(",
        ")",
        "(",
        ")",
        ",",
        "'14101'",
        "'",
        "''",
        "%",
        "_",
        "\\",
        "1",
        "-1",
        "1e400",
        "NaN",
        " LIKE ",
        " IN ",
        " BETWEEN ",
        " IS NULL",
        "S_INTERSECTS",
        "S_WITHIN",
        "T_AFTER",
        "A_CONTAINS",
        "CASEI",
        "ACCENTI",
        "POINT(",
        "POLYGON((",
        "0 0",
        "1 1",
        "0 0))",
        "BBOX(",
        "DATE('",
        "TIMESTAMP('",
        "2024-13-45",
        "')",
        "INTERVAL(",
        "..",
        "TRUE",
        "null",
        "\u0000",
        "\u00e9",
        "'; DROP TABLE layer;--"
    };

    private static final String[] ITEMS = {
        "/collections/comunas/items",
        "/collections/proyectos-inversion/items",
        "/collections/" + HostileCases.LAYER + "/items"
    };

    private HostileGenerators() {}

    /** Random query strings against every read endpoint in turn. */
    static Stream<HostileRequest> queryStrings() {
        Random random = new Random(SEED);
        List<HostileRequest> out = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            String path = HostileCases.READS.get(i % HostileCases.READS.size());
            String query = "?" + pieces(random, QUERY_PIECES, 1 + random.nextInt(12));
            out.add(HostileRequest.get(label("query", i) + " GET " + path + query, path + query));
        }
        return out.stream();
    }

    /** Random CQL2 text and cql2-json filters, URL-encoded, against the items of three collections. */
    static Stream<HostileRequest> cql2Filters() {
        Random random = new Random(SEED + 1);
        List<HostileRequest> out = new ArrayList<>();
        for (int i = 0; i < TRIES; i++) {
            boolean json = random.nextBoolean();
            String filter = json ? jsonValue(random, 0) : pieces(random, CQL2_PIECES, 1 + random.nextInt(15));
            String target =
                    ITEMS[i % ITEMS.length] + "?filter=" + encode(filter) + (json ? "&filter-lang=cql2-json" : "");
            out.add(HostileRequest.get(label("cql2", i) + " " + target, target));
        }
        return out.stream();
    }

    /** A valid feature with one random part replaced by random JSON, posted to create, repair and territories. */
    static Stream<HostileRequest> geoJsonBodies() {
        Random random = new Random(SEED + 2);
        List<HostileRequest> out = new ArrayList<>();
        String[] targets = {
            "/collections/" + HostileCases.LAYER + "/items",
            "/collections/" + HostileCases.LAYER + "/repair",
            "/api/territories"
        };
        for (int i = 0; i < TRIES / 2; i++) {
            String geometry =
                    switch (random.nextInt(4)) {
                        case 0 -> jsonValue(random, 0);
                        case 1 -> "{\"type\":\"Polygon\",\"coordinates\":" + jsonValue(random, 0) + "}";
                        case 2 -> "{\"type\":" + jsonValue(random, 2) + ",\"coordinates\":" + HostileCases.SQUARE + "}";
                        default -> "{\"type\":\"Polygon\",\"coordinates\":[[" + positions(random) + "]]}";
                    };
            String properties = random.nextInt(3) == 0
                    ? jsonValue(random, 0)
                    : "{\"uso\":" + jsonValue(random, 2) + ",\"anio\":" + jsonValue(random, 2) + "}";
            String target = targets[i % targets.length];
            String body = target.equals("/api/territories")
                    ? "{\"nombre\":\"Hostil " + i + "\",\"geometria\":" + geometry + "}"
                    : "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
            out.add(HostileRequest.json(label("geojson", i) + " POST " + target, "POST", target, body)
                    .lenient());
        }
        return out.stream();
    }

    private static String jsonValue(Random random, int depth) {
        int kind = random.nextInt(depth > 3 ? 6 : 9);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> Double.toString((random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(40) - 10));
            case 3 ->
                List.of("1e400", "-0", "1E-400", "99999999999999999999999").get(random.nextInt(4));
            case 4 ->
                "\""
                        + List.of("", "\\u0000", "\\ud800", "Polygon", "Point", "=", "'", "\\\\", "é", "a".repeat(300))
                                .get(random.nextInt(10))
                        + "\"";
            case 5 ->
                "{\"op\":"
                        + List.of("\"=\"", "[\"=\"]", "null", "\"s_intersects\"")
                                .get(random.nextInt(4)) + ",\"args\":["
                        + (random.nextBoolean() ? "{\"property\":\"cut\"}" : "") + "]}";
            case 6 -> "[" + jsonValue(random, depth + 1) + "," + jsonValue(random, depth + 1) + "]";
            case 7 ->
                "{\"op\":\""
                        + List.of("and", "or", "not", "=", "like", "s_within", "in")
                                .get(random.nextInt(7)) + "\",\"args\":[" + jsonValue(random, depth + 1) + ","
                        + jsonValue(random, depth + 1) + "]}";
            default -> "[".repeat(random.nextInt(3000)) + "]".repeat(random.nextInt(3000));
        };
    }

    private static String positions(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(8);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : ",")
                    .append('[')
                    .append(random.nextInt(400) - 200)
                    .append(',')
                    .append(random.nextInt(200) - 100)
                    .append(']');
        }
        return out.toString();
    }

    private static String pieces(Random random, String[] from, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(from[random.nextInt(from.length)]);
        }
        return out.toString();
    }

    /** Percent-encodes as UTF-8, keeping lone surrogates and NUL as the broken bytes a client might send. */
    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static String label(String family, int i) {
        return family + " #" + i + " (seed " + SEED + ")";
    }
}
