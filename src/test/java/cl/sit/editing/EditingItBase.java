package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.agenda21.review.ReviewStatus;
import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What the editing ITs share, on both stores: the application over real HTTP, the editors, the investment user
 * and their grants (created before each test), sample features and the helpers that write them. Tests write only
 * to the land-use and solid-waste layers, or to layers they create, and remove what they wrote (the PostGIS test
 * database is shared).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class EditingItBase {

    static final String LAND_USE = "a21-uso-suelo";
    static final String WASTE = "a21-residuos";
    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String CORRAL_EDITOR = "t4-corral:clave-corral-t4";
    static final String VALDIVIA_EDITOR = "t4-valdivia:clave-valdivia-t4";
    static final String INVESTMENT = "t4-inversion:clave-inversion-t4";
    static final String WASTE_ONLY_EDITOR = "t4-residuos:clave-residuos-t4";

    /** A small square well inside Corral (14102). */
    static final String CORRAL_SQUARE =
            "[[[-73.392,-39.986],[-73.388,-39.986],[-73.388,-39.982],[-73.392,-39.982],[-73.392,-39.986]]]";
    /** A small square well inside Valdivia (14101). */
    static final String VALDIVIA_SQUARE =
            "[[[-73.075,-39.862],[-73.070,-39.862],[-73.070,-39.858],[-73.075,-39.858],[-73.075,-39.862]]]";
    /** A bow tie: its edges cross at (-73.390, -39.984). */
    static final String CORRAL_BOW_TIE =
            "[[[-73.392,-39.986],[-73.388,-39.982],[-73.388,-39.986],[-73.392,-39.982],[-73.392,-39.986]]]";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewStatus status;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
        user(CORRAL_EDITOR, Role.EDITOR);
        user(VALDIVIA_EDITOR, Role.EDITOR);
        user(INVESTMENT, Role.INVERSION);
        user(WASTE_ONLY_EDITOR, Role.EDITOR);
        grants.grant(name(CORRAL_EDITOR), "14102", "*", "admin");
        grants.grant(name(VALDIVIA_EDITOR), "14101", "*", "admin");
        grants.grant(name(WASTE_ONLY_EDITOR), "14102", WASTE, "admin");
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM a21_residuos");
        jdbc.update("DELETE FROM a21_asentamientos WHERE nombre = 'Prueba'");
        jdbc.update(
                "DELETE FROM feature_history WHERE layer_id = 'a21-asentamientos' AND username = ?",
                name(CORRAL_EDITOR));
        jdbc.update("DELETE FROM feature_history WHERE layer_id IN (?, ?)", LAND_USE, WASTE);
        jdbc.update("DELETE FROM layer_status WHERE layer_id IN (?, ?)", LAND_USE, WASTE);
    }

    @Autowired
    cl.sit.layer.LayerRegistry registry;

    JsonNode asOf(String items, OffsetDateTime at) {
        return Http.parse(
                http.send("GET", items + at, null, null, CORRAL_EDITOR).body());
    }

    static OffsetDateTime now() throws InterruptedException {
        Thread.sleep(20);
        OffsetDateTime t = OffsetDateTime.now(ZoneOffset.UTC);
        Thread.sleep(20);
        return t;
    }

    long created(String who, String layer, String feature) {
        HttpResponse<String> r = send("POST", "/collections/" + layer + "/items", who, feature, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/collections/" + layer + "/items/");
        assertThat(r.headers().firstValue("ETag")).contains("\"1\"");
        return Http.parse(r.body()).get("id").asLong();
    }

    HttpResponse<String> send(String method, String path, String who, String body, String ifMatch) {
        return ifMatch == null
                ? http.send(method, path, body, body == null ? null : "application/geo+json", who)
                : http.send(method, path, body, body == null ? null : "application/geo+json", who, "If-Match", ifMatch);
    }

    static String item(String layer, long id) {
        return "/collections/" + layer + "/items/" + id;
    }

    static String landUse(String polygon, String use) {
        return "{\"type\":\"Feature\",\"properties\":{\"uso\":\"" + use + "\",\"anio\":2024},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + polygon + "}}";
    }

    static String waste(double lon, double lat, String type) {
        return "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"" + type + "\",\"estado\":\"Operativo\","
                + "\"fecha\":\"2024-03-01\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat
                + "]}}";
    }

    int count(String layer) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM "
                        + layer.replace("a21-uso-suelo", "a21_uso_suelo").replace("a21-residuos", "a21_residuos"),
                Integer.class);
    }

    int historyRows() {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM feature_history WHERE layer_id IN (?, ?)", Integer.class, LAND_USE, WASTE);
    }

    static String credentials(String actor) {
        return switch (actor) {
            case "anonymous" -> null;
            case "editor-corral" -> CORRAL_EDITOR;
            case "editor-valdivia" -> VALDIVIA_EDITOR;
            case "inversion" -> INVESTMENT;
            case "admin" -> ADMIN;
            default -> throw new IllegalArgumentException(actor);
        };
    }

    static String name(String credentials) {
        return credentials.substring(0, credentials.indexOf(':'));
    }

    void user(String credentials, Role role) {
        String name = name(credentials);
        if (!users.exists(name)) {
            users.create(name, credentials.substring(credentials.indexOf(':') + 1), List.of(role));
        }
    }
}
