package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.support.Http;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.geojson.GeoJsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Queries at and beyond the edges, on both stores: requests built to exhaust the server (a bbox-crs box larger than
 * the Earth, LIKE patterns that make matchers backtrack, filters nested or sized without end) answer quickly with a
 * 400 or a correct 200, and leave the server answering; boxes of no width or height and dates no database holds are
 * answered correctly instead of with a 500. Every request has a deadline, so a server that hangs fails the test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sit.admin-password=clave-admin-de-prueba", "sit.ogcapi.max-limit=1000"})
abstract class AbstractQueryBoundsIT {

    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String COMMUNES = "/collections/comunas/items";
    static final String LAND_USE = "/collections/a21-uso-suelo/items";
    static final String UTM_18S = "http://www.opengis.net/def/crs/EPSG/0/32718";
    static final Duration QUICK = Duration.ofSeconds(2);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", "a21-uso-suelo");
        jdbc.update("UPDATE layer_generation SET generation = generation + 1 WHERE layer_id = ?", "a21-uso-suelo");
    }

    /** The box of the attack on main (37 s on H2, then OutOfMemoryError and a closed database with four clients). */
    @Test
    void aBboxCrsBoxLargerThanTheEarthAnswersQuicklyAndLeavesTheServerAnswering() throws Exception {
        Set<String> all = ids(COMMUNES + "?limit=1000");
        String hostile = COMMUNES + "?limit=1000&bbox=0,-1e8,1e6,1e8&bbox-crs=" + UTM_18S;
        // Every commune lies in the box (eastings 0 to 1 000 km), so a 200 must hold them all.
        for (JsonNode f : get(COMMUNES + "?limit=1000&crs=" + UTM_18S, null, Duration.ofSeconds(30))
                .path("features")) {
            Envelope e = geometry(f.get("geometry")).getEnvelopeInternal();
            assertThat(e.getMinX()).isPositive();
            assertThat(e.getMaxX()).isLessThan(1e6);
        }
        HttpResponse<String> r = send(hostile, null, QUICK);
        assertAnswered(r, all);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                answers.add(pool.submit(() -> send(hostile, null, QUICK.multipliedBy(3))));
            }
            for (Future<HttpResponse<String>> a : answers) {
                assertAnswered(a.get(), all);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ids(COMMUNES + "?limit=1000")).as("the store still answers").isEqualTo(all);
    }

    private void assertAnswered(HttpResponse<String> r, Set<String> all) {
        if (r.statusCode() == 200) {
            assertThat(ids(Http.parse(r.body()))).isEqualTo(all);
        } else {
            assertThat(r.statusCode()).as(r.body()).isBetween(400, 499);
            assertThat(Http.parse(r.body()).get("code").asString()).isNotBlank();
        }
    }

    /**
     * Values of 254 characters (the longest an editable attribute holds) of one letter, the worst case for a
     * backtracking matcher. Too many wildcards are a 400 at once; the worst pattern allowed answers at once and
     * right, through SQL and through the in-memory reading of an asOf.
     */
    @Test
    void likePatternsAreRefusedOrAnsweredQuicklyOnTheLongestValues() throws Exception {
        for (int n = 0; n < 3; n++) {
            double x = -73.392 + n * 0.01;
            String body = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\",\"obs\":\"" + "a".repeat(254)
                    + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",-39.986],[" + (x + 0.004)
                    + ",-39.986],[" + (x + 0.004) + ",-39.982],[" + x + ",-39.982],[" + x + ",-39.986]]]}}";
            HttpResponse<String> r = http.send("POST", LAND_USE, body, "application/geo+json", ADMIN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
        Thread.sleep(20);
        String asOf = "&asOf=" + enc(Instant.now().toString());
        Set<String> all = ids(get(LAND_USE + "?limit=1000", ADMIN, QUICK));
        assertThat(all).hasSize(3);
        for (String read : List.of("", asOf)) {
            HttpResponse<String> refused =
                    send(LAND_USE + "?filter=" + enc("obs LIKE '%a%a%a%a%a%a%a%b'") + read, ADMIN, QUICK);
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
            assertThat(Http.parse(refused.body()).get("description").asString()).contains("comodines");
            assertThat(ids(get(LAND_USE + "?filter=" + enc("obs LIKE '%a_a%a_a%a_b'") + read, ADMIN, QUICK)))
                    .as("no value ends in b" + read)
                    .isEmpty();
            assertThat(ids(get(LAND_USE + "?filter=" + enc("obs LIKE '%a_a%a_a%a_a'") + read, ADMIN, QUICK)))
                    .as("every value" + read)
                    .isEqualTo(all);
        }
        HttpResponse<String> communes =
                send(COMMUNES + "?filter=" + enc("nombre LIKE '%a%a%a%a%a%a%a%b'"), null, QUICK);
        assertThat(communes.statusCode()).as(communes.body()).isEqualTo(400);
    }

    /** A box of no width or height is a point or a line, and selects what it touches (as a box does). */
    @ParameterizedTest
    @CsvSource({
        "-73.2458, -39.8142, -73.2458, -39.8142",
        "-73.6, -39.8142, -72.0, -39.8142",
        "-72.75, -40.6, -72.75, -39.3"
    })
    void aBboxOfNoWidthOrHeightSelectsWhatItTouches(double minX, double minY, double maxX, double maxY) {
        Geometry box = cl.sit.geometry.Geometries.FACTORY.toGeometry(new Envelope(minX, maxX, minY, maxY));
        Set<String> expected = new TreeSet<>();
        for (JsonNode f : get(COMMUNES + "?limit=1000", null, QUICK).get("features")) {
            if (geometry(f.get("geometry")).intersects(box)) {
                expected.add(f.get("id").asString());
            }
        }
        assertThat(expected).isNotEmpty();
        assertThat(ids(get(COMMUNES + "?limit=1000&bbox=" + minX + "," + minY + "," + maxX + "," + maxY, null, QUICK)))
                .isEqualTo(expected);
    }

    /** A box from 180 to -180 is the antimeridian: no commune of Los Ríos touches it. */
    @Test
    void aBboxAcrossTheAntimeridianOfNoWidthIsALine() {
        assertThat(ids(get(COMMUNES + "?bbox=180,-90,-180,90", null, QUICK))).isEmpty();
        assertThat(ids(get(COMMUNES + "?bbox=179,-90,-180,90", null, QUICK))).isEmpty();
        assertThat(ids(get(COMMUNES + "?bbox=180,-90,-72,90", null, QUICK))).isNotEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "filter=S_INTERSECTS(geometry, POLYGON((0 0, 1 1, 0 0)))|InvalidFilter",
                "geometry=POLYGON((0 0, 1 1, 0 0))|InvalidFilter",
                "filter=S_INTERSECTS(geometry, LINESTRING(0 0))|InvalidFilter",
                "filter-lang=cql2-json&filter={\"op\":[\"=\"]}|InvalidFilter",
                "filter=T_AFTER(vigente_desde, TIMESTAMP('+999999999-12-31T23:59:59Z'))|InvalidFilter",
                "datetime=+999999999-12-31T23:59:59Z|InvalidParameterValue",
                "bbox=5e6,5e6,5.1e6,5.1e6&bbox-crs=" + UTM_18S + "|InvalidParameterValue"
            })
    void malformedValuesAre400(String query, String code) {
        assertError(COMMUNES + "?" + encodeValues(query), null, code);
    }

    @Test
    void anAsOfNoDatabaseHoldsIs400() {
        assertError(LAND_USE + "?asOf=" + enc("+999999999-12-31T23:59:59Z"), ADMIN, "InvalidParameterValue");
        assertError(LAND_USE + "?asOf=" + enc("-000001-01-01"), ADMIN, "InvalidParameterValue");
    }

    @Test
    void filtersNestedOrSizedWithoutEndAre400() {
        String deep = "(".repeat(600) + "nombre = 'a'" + ")".repeat(600);
        assertError(COMMUNES + "?filter=" + enc(deep), null, "InvalidFilter");
        assertError(COMMUNES + "?filter=" + enc("NOT ".repeat(600) + "nombre = 'a'"), null, "InvalidFilter");
        // Within the 8 KB Tomcat allows for a request line.
        String json = "{\"op\":\"not\",\"args\":[".repeat(100) + "true" + "]}".repeat(100);
        assertError(COMMUNES + "?filter-lang=cql2-json&filter=" + enc(json), null, "InvalidFilter");
        String wkt = "GEOMETRYCOLLECTION(".repeat(200) + "POINT(-73 -40)" + ")".repeat(200);
        assertError(COMMUNES + "?filter=" + enc("S_INTERSECTS(geometry, " + wkt + ")"), null, "InvalidFilter");
        assertError(COMMUNES + "?geometry=" + enc(wkt), null, "InvalidFilter");
        assertThat(ids(COMMUNES + "?limit=1000")).as("the server still answers").hasSizeGreaterThan(10);
    }

    // --- helpers ---

    private void assertError(String path, String credentials, String code) {
        HttpResponse<String> r = send(path, credentials, QUICK);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(400);
        assertThat(Http.parse(r.body()).get("code").asString()).isEqualTo(code);
        assertThat(Http.parse(r.body()).get("description").asString()).isNotBlank();
    }

    /** GET with a deadline: a server still busy after {@code timeout} fails the test. */
    HttpResponse<String> send(String path, String credentials, Duration timeout) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(http.base() + path))
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET();
        if (credentials != null) {
            b.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new AssertionError("GET " + path + " did not answer within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path, String credentials, Duration timeout) {
        HttpResponse<String> r = send(path, credentials, timeout);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return Http.parse(r.body());
    }

    private Set<String> ids(String path) {
        return ids(get(path, null, Duration.ofSeconds(30)));
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new TreeSet<>();
        page.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    private static Geometry geometry(JsonNode node) {
        return GeoJsonReader.toJts(JSON.treeToValue(node, GeoJsonObject.class));
    }

    private static String encodeValues(String query) {
        StringBuilder q = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            q.append(q.isEmpty() ? "" : "&").append(pair, 0, eq + 1).append(enc(pair.substring(eq + 1)));
        }
        return q.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
