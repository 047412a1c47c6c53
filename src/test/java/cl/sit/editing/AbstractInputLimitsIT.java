package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Bounded writes over real HTTP: a request body over the size limit is refused while it is read (413), a geometry
 * over the vertex cap is refused before any connection is taken (422) and nothing is stored, and writers never
 * take the whole connection pool, so anonymous reads keep answering while large imports run. The limits are set
 * small here (8 MB, 5 000 vertices per feature and 200 000 per import, a pool of 4 with 1 writer) so that the tests stay fast. Tests
 * write only to the land-use layer and remove what they wrote.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sit.limits.max-body-mb=8",
            "sit.limits.max-vertices=5000",
            "sit.limits.max-import-vertices=200000",
            "sit.limits.concurrent-writes=1",
            "sit.limits.write-wait-ms=500",
            "spring.datasource.hikari.maximum-pool-size=4",
            "sit.db.pool-wait=15s"
        })
abstract class AbstractInputLimitsIT {

    static final String ADMIN = "limites-admin:clave-limites-prueba";
    static final String LAND_USE = "a21-uso-suelo";
    static final String ITEMS = "/collections/" + LAND_USE + "/items";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserStore users;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
        if (!users.exists("limites-admin")) {
            users.create("limites-admin", "clave-limites-prueba", List.of(Role.ADMIN));
        }
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", LAND_USE);
    }

    @Test
    void geometryOverTheVertexCapIsRefusedQuicklyAndNothingIsStored() {
        long start = System.nanoTime();
        HttpResponse<String> r = http.send("POST", ITEMS, landUse(circle(20_000)), "application/geo+json", ADMIN);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(r.statusCode()).as(brief(r)).isEqualTo(422);
        assertThat(code(r)).isEqualTo("TooManyVertices");
        assertThat(description(r)).contains("20000").contains("5000");
        assertThat(ms).as("refused before any work").isLessThan(3000);
        assertThat(stored()).isZero();

        // Nor is it repaired: the preview would cost as much.
        HttpResponse<String> repair = http.send(
                "POST", "/collections/" + LAND_USE + "/repair", landUse(circle(20_000)), "application/geo+json", ADMIN);
        assertThat(repair.statusCode()).as(brief(repair)).isEqualTo(422);
        assertThat(code(repair)).isEqualTo("TooManyVertices");

        // Within the cap it is stored as usual.
        assertThat(http.send("POST", ITEMS, landUse(circle(4_000)), "application/geo+json", ADMIN)
                        .statusCode())
                .isEqualTo(201);
        assertThat(stored()).as("the feature and its history row").isEqualTo(2);
    }

    @Test
    void importsAreCappedPerFeatureAndInTotal() {
        HttpResponse<String> one = http.send(
                "POST",
                "/collections/" + LAND_USE + "/import",
                collection(Collections.nCopies(1, landUse(circle(6_000)))),
                "application/geo+json",
                ADMIN);
        assertThat(one.statusCode()).as(brief(one)).isEqualTo(422);
        assertThat(code(one)).isEqualTo("TooManyVertices");
        assertThat(description(one)).contains("elemento 1");

        HttpResponse<String> total = http.send(
                "POST",
                "/collections/" + LAND_USE + "/import",
                collection(Collections.nCopies(60, landUse(circle(4_000)))),
                "application/geo+json",
                ADMIN);
        assertThat(total.statusCode()).as(brief(total)).isEqualTo(422);
        assertThat(code(total)).isEqualTo("TooManyVertices");
        assertThat(description(total)).contains("240000").contains("200000");
        assertThat(stored()).isZero();
    }

    @Test
    void bodyOverTheLimitIsA413WhileItIsRead() throws Exception {
        // Valid GeoJSON, padded past 8 MB with white space.
        String padded = landUse(circle(10)).replace("{\"type\"", " ".repeat(9_000_000) + "{\"type\"");
        HttpResponse<String> declared = http.send("POST", ITEMS, padded, "application/geo+json", ADMIN);
        assertThat(declared.statusCode()).as(brief(declared)).isEqualTo(413);
        assertThat(code(declared)).isEqualTo("BodyTooLarge");
        assertThat(description(declared)).contains("8 MB");

        // Without a Content-Length (chunked), the limit is enforced on the bytes read.
        HttpRequest chunked = request(ITEMS)
                .header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(padded.getBytes(StandardCharsets.UTF_8))))
                .build();
        try {
            HttpResponse<String> streamed =
                    HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.statusCode()).as(brief(streamed)).isEqualTo(413);
            assertThat(code(streamed)).isEqualTo("BodyTooLarge");
        } catch (IOException e) {
            // The server may close the connection while the client is still sending the rest of the body.
        }
        assertThat(stored()).isZero();
        assertThat(http.get(ITEMS + "?limit=1").statusCode()).isEqualTo(200);
    }

    /**
     * Eight large imports at once (each 20 polygons of 4 000 vertices) against a pool of 4: one writes at a time
     * and the others are told to come back (503 with Retry-After), so anonymous reads answer all along.
     */
    @Test
    void readsKeepAnsweringWhileLargeWritesRun() throws Exception {
        String big = collection(Collections.nCopies(20, landUse(circle(4_000))));
        ExecutorService pool = Executors.newFixedThreadPool(9);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<HttpResponse<String>>> writes = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                writes.add(pool.submit(() ->
                        http.send("POST", "/collections/" + LAND_USE + "/import", big, "application/geo+json", ADMIN)));
            }
            Future<List<long[]>> reads = pool.submit(() -> {
                List<long[]> out = new ArrayList<>();
                Thread.sleep(300);
                while (writing.get() && out.size() < 20) {
                    long start = System.nanoTime();
                    int status = http.get(ITEMS + "?limit=1").statusCode();
                    out.add(new long[] {status, (System.nanoTime() - start) / 1_000_000});
                    Thread.sleep(250);
                }
                return out;
            });
            // Every write answered before any assertion, so none is still running when the next test starts.
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> w : writes) {
                answers.add(w.get(10, TimeUnit.MINUTES));
            }
            List<Integer> statuses = new ArrayList<>();
            for (HttpResponse<String> r : answers) {
                statuses.add(r.statusCode());
                if (r.statusCode() != 201 && r.statusCode() != 503) {
                    throw new AssertionError(brief(r));
                }
                if (r.statusCode() == 503) {
                    // Refused at the write gate, nothing written. A DatabaseUnavailable here once meant sign-ins
                    // waiting on each other for connections (see AbstractAccountsIT.signInNeedsOneConnectionAtATime).
                    assertThat(r.headers().firstValue("Retry-After")).isPresent();
                    assertThat(code(r)).isEqualTo("TooManyWrites");
                }
            }
            writing.set(false);
            assertThat(statuses).as("writes").isSubsetOf(201, 503).contains(201);
            List<long[]> answered = reads.get(1, TimeUnit.MINUTES);
            assertThat(answered).isNotEmpty();
            for (long[] read : answered) {
                assertThat(read[0]).as("read status").isEqualTo(200);
                assertThat(read[1]).as("read time (ms)").isLessThan(5000);
            }
        } finally {
            writing.set(false);
            pool.shutdownNow();
        }
    }

    // --- helpers

    /** A closed ring of {@code n} vertices around a point well inside Corral (14102). */
    static String circle(int n) {
        StringBuilder b = new StringBuilder("[[");
        for (int i = 0; i < n - 1; i++) {
            double a = 2 * Math.PI * i / (n - 1);
            b.append(String.format(
                    Locale.ROOT, "[%.7f,%.7f],", -73.390 + 0.0015 * Math.cos(a), -39.984 + 0.0015 * Math.sin(a)));
        }
        return b.append(String.format(Locale.ROOT, "[%.7f,%.7f]]]", -73.390 + 0.0015, -39.984))
                .toString();
    }

    static String landUse(String polygon) {
        return "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\",\"anio\":2024},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + polygon + "}}";
    }

    static String collection(List<String> features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}";
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(http.base() + path))
                .timeout(Duration.ofMinutes(2))
                .header("Accept", "application/json")
                .header(
                        "Authorization",
                        "Basic " + Base64.getEncoder().encodeToString(ADMIN.getBytes(StandardCharsets.UTF_8)));
    }

    int stored() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM a21_uso_suelo", Integer.class)
                + jdbc.queryForObject(
                        "SELECT COUNT(*) FROM feature_history WHERE layer_id = ?", Integer.class, LAND_USE);
    }

    /** The response's status and the start of its body, for assertion messages. */
    static String brief(HttpResponse<String> r) {
        String body = r.body();
        return r.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    static String code(HttpResponse<String> r) {
        JsonNode body = Http.parse(r.body());
        return body.path("code").asString("");
    }

    static String description(HttpResponse<String> r) {
        return Http.parse(r.body()).path("description").asString("");
    }
}
