package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.support.RawHttp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The permanent hostile-input suite: every endpoint, sent malformed, oversized, deeply nested, non-UTF-8,
 * NUL-bearing, out-of-range and injection-shaped input, over a raw socket. Every answer must come within
 * {@value #TIME_BOUND_MS} ms, never be a 5xx, and, when it is a 4xx, carry the one error shape
 * {@code {code, description}} (a Spanish page of SIT's own for a browser asking for HTML) with no library text,
 * and leave the data exactly as it was; afterwards the server still answers a normal request. One test method per
 * group of cases, named for the item (or the helper) that owns it, so a failure names who should fix it. Other
 * helpers' groups run last: a request they let run on past the time bound (a huge polygon) may still write after
 * its test ended, and must not be blamed on a later group.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=" + AbstractHostileInputIT.ADMIN_PASSWORD)
abstract class AbstractHostileInputIT {

    /** The same as the other ITs: the PostGIS test database keeps the first admin it sees. */
    static final String ADMIN_PASSWORD = "clave-admin-de-prueba";

    static final long TIME_BOUND_MS = 5_000;

    /** Text that betrays a library or a container behind the answer. */
    private static final String LEAK = "(?s).*(\\b(org|java|javax|jakarta|tools|com|net)\\.[a-z]+\\.|Exception|"
            + "Tomcat|Whitelabel|HTTP Status|Bad Request|Internal Server Error).*";

    /** Rows and generations of every table a write can touch: equal before and after a refused request. */
    private static final String STATE = "SELECT (SELECT COUNT(*) FROM a21_uso_suelo) || '/' || "
            + "(SELECT COUNT(*) FROM a21_residuos) || '/' || (SELECT COUNT(*) FROM feature_history) || '/' || "
            + "(SELECT COUNT(*) FROM layer_status) || '/' || (SELECT COUNT(*) FROM layer) || '/' || "
            + "(SELECT SUM(generation) FROM layer_generation) || '/' || (SELECT COUNT(*) FROM app_user) || '/' || "
            + "(SELECT COUNT(*) FROM app_user_role) || '/' || (SELECT COUNT(*) FROM layer_grant) || '/' || "
            + "(SELECT COUNT(*) FROM custom_territory) || '/' || (SELECT COUNT(*) FROM investment_project) || '/' || "
            + "(SELECT COUNT(*) FROM investment_amount) || '/' || (SELECT COUNT(*) FROM investment_territory)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RawHttp raw;

    /** Whether the test sent a write, whose traces must go (reads leave none, and cleaning every time is slow). */
    private boolean wrote;

    @BeforeEach
    void setUp() {
        raw = new RawHttp(port);
    }

    /** What accepted generated input may have written (the PostGIS test database is kept between runs). */
    @AfterEach
    void clean() {
        if (!wrote) {
            return;
        }
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM a21_residuos");
        jdbc.update("DELETE FROM feature_history WHERE layer_id IN ('a21-uso-suelo', 'a21-residuos')");
        jdbc.update("DELETE FROM layer_status WHERE layer_id IN ('a21-uso-suelo', 'a21-residuos')");
        jdbc.update("DELETE FROM custom_territory WHERE nombre LIKE 'Hostil%' OR nombre LIKE 'Red%'");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 'hostil-%'");
        jdbc.update("DELETE FROM investment_project WHERE fuente_datos LIKE 'Importación%'");
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#everyReadEndpoint")
    void everyReadEndpoint(HostileRequest request) {
        attack(request);
    }

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#hostilePathVariables")
    void hostilePathVariables(HostileRequest request) {
        attack(request);
    }

    @Order(3)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#everyWriteEndpoint")
    void everyWriteEndpoint(HostileRequest request) {
        attack(request);
    }

    @Order(4)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileGenerators#queryStrings")
    void generatedQueryStrings(HostileRequest request) {
        attack(request);
    }

    @Order(5)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileGenerators#cql2Filters")
    void generatedCql2Filters(HostileRequest request) {
        attack(request);
    }

    @Order(6)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileGenerators#geoJsonBodies")
    void generatedGeoJsonBodies(HostileRequest request) {
        attack(request);
    }

    @Order(7)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#item11")
    void item11MalformedInputIsA4xx(HostileRequest request) {
        attack(request);
    }

    @Order(8)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#item15")
    void item15OneErrorShapeEverywhere(HostileRequest request) {
        attack(request);
    }

    /** Owned by the query helper (bbox, CQL2 nesting, degenerate polygons, asOf); may fail before its merge. */
    @Order(9)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#queryHelperItems")
    void queryHelperItems(HostileRequest request) {
        attack(request);
    }

    /** Owned by the security helper (roles, grants); may fail before its merge. */
    @Order(10)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#securityHelperItems")
    void securityHelperItems(HostileRequest request) {
        attack(request);
    }

    /** Owned by the write helper (body size, vertex caps, numbers, dates, surrogates); may fail before its merge. */
    @Order(11)
    @ParameterizedTest(name = "{0}")
    @MethodSource("cl.sit.system.HostileCases#writeHelperItems")
    void writeHelperItems(HostileRequest request) {
        attack(request);
    }

    private void attack(HostileRequest request) {
        wrote = !request.method().equals("GET");
        String before = state();
        RawHttp.Response r = raw.send(request.head(), request.body(), (int) TIME_BOUND_MS * 3);
        String what = request.name() + " answered " + r.status() + " " + r.contentType() + ": " + abbreviate(r.text());
        assertThat(r.millis()).as("time of " + what).isLessThan(TIME_BOUND_MS);
        assertThat(r.status()).as(what).isBetween(200, 499);
        if (request.refuse()) {
            assertThat(r.status()).as(what).isGreaterThanOrEqualTo(400);
        }
        if (r.status() >= 400) {
            errorShape(request, r, what);
            assertThat(state())
                    .as("data (" + before + ") changed by the refused " + what)
                    .isEqualTo(before);
        }
        assertThat(new Http(port).get("/collections/comunas").statusCode())
                .as("server after " + request.name())
                .isEqualTo(200);
    }

    private static void errorShape(HostileRequest request, RawHttp.Response r, String what) {
        assertThat(r.text()).as(what).doesNotMatch(LEAK);
        if (request.asksForHtml() && r.contentType().startsWith("text/html")) {
            assertThat(r.text()).as(what).contains("lang=\"es\"");
            return;
        }
        assertThat(r.contentType()).as(what).startsWith("application/json");
        JsonNode error = Http.parse(r.text());
        assertThat(error.path("code").asString("")).as(what).isNotBlank();
        assertThat(error.path("description").asString("")).as(what).isNotBlank();
    }

    private String state() {
        return jdbc.queryForObject(STATE, String.class);
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
