package cl.sit.agenda21;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.agenda21.review.ReviewWorkflow;
import cl.sit.layer.LayerRegistry;
import cl.sit.support.Http;
import cl.sit.system.ApiException;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The Agenda 21 completeness dashboard over real HTTP: the commune × layer matrix, counts and last edits after
 * features are written through the OGC API, the review workflow (editors send to review, admins publish), and
 * anonymous readers seeing a commune's features only once published. The test users' names start with
 * {@code a21-test-}; everything they wrote (features, history, statuses) is deleted before and after each test,
 * so the shared PostGIS database keeps nothing and other data are never touched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractAgenda21DashboardIT {

    static final String EDITOR = "a21-test-editor-corral";
    static final String ADMIN = "a21-test-admin";
    static final String PASSWORD = "clave-a21-prueba";
    static final String CORRAL = "14102";
    static final String VALDIVIA = "14101";
    static final String TOURISM = "a21-interes-turistico";
    static final List<String> LAYERS = List.of(
            "a21-uso-suelo",
            "a21-hidrografia",
            "a21-vialidad",
            "a21-asentamientos",
            TOURISM,
            "a21-residuos",
            "a21-biodiversidad");
    static final List<String> LOS_RIOS = List.of(
            "14101", "14102", "14103", "14104", "14105", "14106", "14107", "14108", "14201", "14202", "14203", "14204");
    /** A small polygon inside Corral. */
    static final String CORRAL_SITE = """
            {"type": "Feature", "properties": {"nombre": "Playa de prueba", "tipo": "Playa"},
             "geometry": {"type": "Polygon", "coordinates": [[[-73.392, -39.986], [-73.388, -39.986],
             [-73.388, -39.982], [-73.392, -39.982], [-73.392, -39.986]]]}}""";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Autowired
    LayerRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReviewWorkflow workflow;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        cleanUp();
        users.create(EDITOR, PASSWORD, List.of(Role.EDITOR));
        users.create(ADMIN, PASSWORD, List.of(Role.ADMIN));
        grants.grant(EDITOR, CORRAL, TOURISM, ADMIN);
    }

    /** Deletes what the test users wrote: their features with all their history, their statuses, the users. */
    @AfterEach
    void cleanUp() {
        List<String> mine = List.of(EDITOR, ADMIN);
        for (Map<String, Object> f : jdbc.queryForList(
                "SELECT DISTINCT layer_id, feature_id FROM feature_history WHERE username IN (?, ?)",
                mine.get(0),
                mine.get(1))) {
            String layerId = (String) f.get("layer_id");
            long id = ((Number) f.get("feature_id")).longValue();
            String table = registry.find(layerId).orElseThrow().table();
            jdbc.update("DELETE FROM \"" + table + "\" WHERE \"id\" = ?", id);
            jdbc.update("DELETE FROM feature_history WHERE layer_id = ? AND feature_id = ?", layerId, id);
        }
        jdbc.update("DELETE FROM layer_status WHERE changed_by IN (?, ?)", mine.get(0), mine.get(1));
        jdbc.update("DELETE FROM app_user WHERE username IN (?, ?)", mine.get(0), mine.get(1));
    }

    @Test
    void matrixHasEveryCommuneOfTheRegionByEveryAgenda21Layer() {
        JsonNode m = http.json("/api/agenda21/estado");
        assertThat(m.get("region").asString()).isEqualTo("14");
        assertThat(m.get("nombre_region").asString()).isEqualTo("Los Ríos");
        assertThat(texts(m.get("capas"), "id")).isEqualTo(LAYERS);
        assertThat(texts(m.get("comunas"), "cut")).isEqualTo(LOS_RIOS);
        for (JsonNode row : m.get("comunas")) {
            assertThat(texts(row.get("celdas"), "capa")).isEqualTo(LAYERS);
            assertThat(row.get("totales").get("total").asInt()).isEqualTo(7);
            for (JsonNode cell : row.get("celdas")) {
                assertThat(cell.get("cut").asString()).isEqualTo(row.get("cut").asString());
                assertThat(cell.get("estado").asString()).isIn("borrador", "revision", "publicado");
                assertThat(cell.get("elementos").asLong()).isNotNegative();
                // Anonymous readers get no buttons and no names.
                assertThat(cell.get("acciones")).isEmpty();
                assertThat(cell.get("ultimo_usuario").isNull()).isTrue();
            }
        }
        m.get("capas")
                .forEach(c -> assertThat(c.get("totales").get("total").asInt()).isEqualTo(12));
        assertThat(m.get("totales").get("total").asInt()).isEqualTo(84);
        assertThat(http.json("/api/agenda21/estado?region=14")).isEqualTo(m);

        assertThat(status(get("/api/agenda21/estado?region=99", null))).isEqualTo("404 RegionNotFound");
        assertThat(status(get("/api/agenda21/estado?region=abc", null))).isEqualTo("400 InvalidParameterValue");
        assertThat(status(get("/api/agenda21/estado?comuna=14102", null))).isEqualTo("400 InvalidParameter");
        assertThat(status(get("/api/agenda21/estado?f=xml", null))).isEqualTo("400 InvalidParameterValue");

        HttpResponse<String> csv = get("/api/agenda21/estado?f=csv&formato=csv", null);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(1 + 84);
        assertThat(lines.get(0)).startsWith("region,cut,comuna,capa,elementos,");
        assertThat(lines.get(1)).startsWith("14,14101,Valdivia,a21-uso-suelo,");
    }

    @Test
    void countsAndLastEditFollowFeaturesWrittenThroughTheApi() {
        JsonNode before = cell(matrix(ADMIN), CORRAL, TOURISM);
        long count = before.get("elementos").asLong();
        int edits = before.get("ediciones").asInt();

        HttpResponse<String> first = send("POST", "/collections/" + TOURISM + "/items", CORRAL_SITE, EDITOR, null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> second = send("POST", "/collections/" + TOURISM + "/items", CORRAL_SITE, ADMIN, null);
        assertThat(second.statusCode()).as(second.body()).isEqualTo(201);

        JsonNode after = cell(matrix(EDITOR), CORRAL, TOURISM);
        assertThat(after.get("elementos").asLong()).isEqualTo(count + 2);
        assertThat(after.get("ediciones").asInt()).isEqualTo(edits + 2);
        assertThat(after.get("ultimo_usuario").asString()).isEqualTo(ADMIN);
        assertThat(OffsetDateTime.parse(after.get("ultima_edicion").asString()))
                .isBetween(
                        OffsetDateTime.now().minusMinutes(5),
                        OffsetDateTime.now().plusMinutes(1));

        // A deletion is an edit too, and the count is of current features.
        String location = first.headers().firstValue("Location").orElseThrow();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> deleted = send("DELETE", URI.create(location).getPath(), null, EDITOR, etag);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        JsonNode m = matrix(EDITOR);
        JsonNode now = cell(m, CORRAL, TOURISM);
        assertThat(now.get("elementos").asLong()).isEqualTo(count + 1);
        assertThat(now.get("ediciones").asInt()).isEqualTo(edits + 3);
        assertThat(now.get("ultimo_usuario").asString()).isEqualTo(EDITOR);
        assertThat(row(m, CORRAL).get("totales").get("con_datos").asInt()).isPositive();
        assertThat(column(m, TOURISM).get("totales").get("con_datos").asInt()).isPositive();

        JsonNode anonymous = cell(http.json("/api/agenda21/estado"), CORRAL, TOURISM);
        assertThat(anonymous.get("elementos").asLong()).isEqualTo(count + 1);
        assertThat(anonymous.get("ultima_edicion").asString())
                .isEqualTo(now.get("ultima_edicion").asString());
        assertThat(anonymous.get("ultimo_usuario").isNull()).isTrue();
    }

    @Test
    void editorsSendTheirCommuneToReviewAndOnlyAdminsPublish() {
        create(EDITOR);
        assertThat(status(change(EDITOR, TOURISM, CORRAL, "publicado", null, null)))
                .isEqualTo("403 Forbidden");
        assertThat(status(change(EDITOR, TOURISM, VALDIVIA, "revision", null, null)))
                .isEqualTo("403 Forbidden");
        assertThat(status(change(EDITOR, "a21-uso-suelo", CORRAL, "revision", null, null)))
                .isEqualTo("403 Forbidden");

        JsonNode sent = Http.parse(ok(change(EDITOR, TOURISM, CORRAL, "revision", "Lista para revisar", null)));
        assertThat(sent.get("anterior").asString()).isEqualTo("borrador");
        assertThat(sent.get("estado").asString()).isEqualTo("revision");
        assertThat(sent.get("estado_por").asString()).isEqualTo(EDITOR);
        HttpResponse<String> again = change(EDITOR, TOURISM, CORRAL, "revision", null, null);
        assertThat(status(again)).isEqualTo("409 TransitionNotAllowed");
        assertThat(description(again)).contains("de «revisión» a «revisión»");
        HttpResponse<String> publish = change(EDITOR, TOURISM, CORRAL, "publicado", null, null);
        assertThat(status(publish)).isEqualTo("403 Forbidden");
        assertThat(description(publish)).contains("administrador", "«revisión»", "«publicado»");

        // The editor may withdraw and send again.
        ok(change(EDITOR, TOURISM, CORRAL, "borrador", null, "revision"));
        ok(change(EDITOR, TOURISM, CORRAL, "revision", null, "borrador"));
        assertThat(texts(cell(matrix(EDITOR), CORRAL, TOURISM).get("acciones"))).containsExactly("borrador");
        assertThat(cell(matrix(EDITOR), VALDIVIA, TOURISM).get("acciones")).isEmpty();
        assertThat(texts(cell(matrix(ADMIN), CORRAL, TOURISM).get("acciones")))
                .containsExactly("borrador", "publicado");

        // The review step: a stale view is refused, then the admin publishes.
        HttpResponse<String> stale = change(ADMIN, TOURISM, CORRAL, "publicado", null, "borrador");
        assertThat(status(stale)).isEqualTo("409 StatusChanged");
        assertThat(description(stale)).contains("«borrador»", "«revisión»");
        ok(change(ADMIN, TOURISM, CORRAL, "publicado", "Revisada en terreno", "revision"));
        JsonNode published = cell(matrix(EDITOR), CORRAL, TOURISM);
        assertThat(published.get("estado").asString()).isEqualTo("publicado");
        assertThat(published.get("estado_por").asString()).isEqualTo(ADMIN);
        assertThat(published.get("nota").asString()).isEqualTo("Revisada en terreno");
        assertThat(published.get("ediciones_desde_estado").asInt()).isZero();
        assertThat(published.get("acciones")).isEmpty();
        assertThat(status(change(EDITOR, TOURISM, CORRAL, "borrador", null, null)))
                .isEqualTo("403 Forbidden");

        create(EDITOR);
        assertThat(cell(matrix(EDITOR), CORRAL, TOURISM)
                        .get("ediciones_desde_estado")
                        .asInt())
                .isEqualTo(1);
        ok(change(ADMIN, TOURISM, CORRAL, "borrador", "Falta revisar el nuevo elemento", null));
        assertThat(cell(matrix(ADMIN), CORRAL, TOURISM).get("estado").asString())
                .isEqualTo("borrador");
    }

    @Test
    void emptyLayersNeedANoteAndBadRequestsChangeNothing() {
        JsonNode empty = null;
        for (JsonNode row : matrix(ADMIN).get("comunas")) {
            for (JsonNode c : row.get("celdas")) {
                boolean emptyDraft = c.get("elementos").asLong() == 0
                        && c.get("estado").asString().equals("borrador");
                if (empty == null && emptyDraft) {
                    empty = c;
                }
            }
        }
        assertThat(empty).as("an empty draft cell").isNotNull();
        String layer = empty.get("capa").asString();
        String cut = empty.get("cut").asString();
        HttpResponse<String> refused = change(ADMIN, layer, cut, "publicado", " ", null);
        assertThat(status(refused)).isEqualTo("422 EmptyLayer");
        assertThat(description(refused)).contains("nota");
        assertThat(cell(matrix(ADMIN), cut, layer).get("estado").asString()).isEqualTo("borrador");
        ok(change(ADMIN, layer, cut, "publicado", "La comuna no tiene ninguno", "borrador"));
        assertThat(cell(matrix(ADMIN), cut, layer).get("estado").asString()).isEqualTo("publicado");

        assertThat(status(change(ADMIN, TOURISM, CORRAL, "listo", null, null))).isEqualTo("400 InvalidStatus");
        assertThat(status(send(
                        "POST", "/api/agenda21/estado", "{\"cut\": \"14102\", \"estado\": \"revision\"}", ADMIN, null)))
                .isEqualTo("400 InvalidBody");
        // The old names layer and status are accepted until 0.2.0; an old and a new name that differ are a 400.
        assertThat(status(send(
                        "POST",
                        "/api/agenda21/estado",
                        "{\"layer\": \"comunas\", \"cut\": \"" + CORRAL + "\", \"status\": \"revision\"}",
                        ADMIN,
                        null)))
                .isEqualTo("404 CollectionNotFound");
        HttpResponse<String> both = send(
                "POST",
                "/api/agenda21/estado",
                "{\"capa\": \"" + TOURISM + "\", \"layer\": \"comunas\", \"cut\": \"" + CORRAL
                        + "\", \"estado\": \"revision\"}",
                ADMIN,
                null);
        assertThat(status(both)).isEqualTo("400 InvalidBody");
        assertThat(description(both)).contains("'layer' es el nombre antiguo de 'capa'");
        assertThat(status(change(ADMIN, "comunas", CORRAL, "revision", null, null)))
                .isEqualTo("404 CollectionNotFound");
        assertThat(status(change(ADMIN, TOURISM, "99999", "revision", null, null)))
                .isEqualTo("422 UnknownCommune");
        assertThat(status(change(null, TOURISM, CORRAL, "revision", null, null)))
                .isEqualTo("401 Unauthorized");
    }

    @Test
    void anonymousReadersSeeACommunesFeaturesOnlyOncePublished() {
        long id = create(EDITOR);
        String items = "/collections/" + TOURISM + "/items?cut=" + CORRAL + "&limit=1000";
        assertThat(ids(items, null)).doesNotContain(id);
        assertThat(ids(items, EDITOR)).contains(id);

        ok(change(EDITOR, TOURISM, CORRAL, "revision", null, null));
        assertThat(ids(items, null)).doesNotContain(id);
        ok(change(ADMIN, TOURISM, CORRAL, "publicado", null, null));
        assertThat(ids(items, null)).contains(id);
        assertThat(cell(http.json("/api/agenda21/estado"), CORRAL, TOURISM)
                        .get("estado")
                        .asString())
                .isEqualTo("publicado");

        ok(change(ADMIN, TOURISM, CORRAL, "borrador", "Despublicada para corregir", null));
        assertThat(ids(items, null)).doesNotContain(id);
    }

    /**
     * Clients racing to change one pair, each saying which status it saw ({@code desde}): in every round exactly one
     * wins and every other gets a 409, both for the first change (no row yet) and for a change from review to
     * draft or to published.
     */
    @Test
    void concurrentChangesOfOnePairHaveExactlyOneWinner() throws Exception {
        for (int round = 1; round <= 15; round++) {
            jdbc.update("DELETE FROM layer_status WHERE layer_id = ? AND cut = ?", TOURISM, CORRAL);
            List<String> first = race("borrador", Collections.nCopies(8, "revision"));
            assertThat(first)
                    .as("round " + round + ", first change")
                    .isSubsetOf("revision", "409")
                    .filteredOn("revision"::equals)
                    .hasSize(1);
            List<String> second = race("revision", List.of("borrador", "publicado", "borrador", "publicado"));
            assertThat(second)
                    .as("round " + round + ", from review")
                    .isSubsetOf("borrador", "publicado", "409")
                    .filteredOn("409"::equals)
                    .hasSize(3);
            String winner =
                    second.stream().filter(s -> !s.equals("409")).findFirst().orElseThrow();
            assertThat(cell(matrix(ADMIN), CORRAL, TOURISM).get("estado").asString())
                    .isEqualTo(winner);
        }
    }

    /** Runs one change per target at once, as the admin, all from {@code from}; each result, the new status or the
     * HTTP status of the refusal. */
    private List<String> race(String from, List<String> targets) throws Exception {
        CyclicBarrier start = new CyclicBarrier(targets.size());
        ExecutorService pool = Executors.newFixedThreadPool(targets.size());
        try {
            List<Future<String>> results = new ArrayList<>();
            for (String to : targets) {
                results.add(pool.submit(() -> {
                    SecurityContextHolder.getContext()
                            .setAuthentication(new UsernamePasswordAuthenticationToken(
                                    ADMIN, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
                    start.await();
                    try {
                        return workflow.change(new ReviewWorkflow.Request(TOURISM, CORRAL, to, "Prueba", from))
                                .estado();
                    } catch (ApiException e) {
                        return String.valueOf(e.status().value());
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            List<String> out = new ArrayList<>();
            for (Future<String> r : results) {
                try {
                    out.add(r.get(60, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    out.add(e.getCause().toString());
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    // --- helpers

    /** Creates a feature in Corral's tourism layer as {@code user}; returns its id. */
    private long create(String user) {
        HttpResponse<String> r = send("POST", "/collections/" + TOURISM + "/items", CORRAL_SITE, user, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Http.parse(r.body()).get("id").asLong();
    }

    private List<Long> ids(String path, String user) {
        HttpResponse<String> r = send("GET", path, null, user, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        List<Long> out = new ArrayList<>();
        Http.parse(r.body()).get("features").forEach(f -> out.add(f.get("id").asLong()));
        return out;
    }

    private JsonNode matrix(String user) {
        return Http.parse(ok(send("GET", "/api/agenda21/estado", null, user, null)));
    }

    private HttpResponse<String> change(String user, String layer, String cut, String to, String note, String from) {
        StringBuilder body =
                new StringBuilder("{\"capa\": \"" + layer + "\", \"cut\": \"" + cut + "\", \"estado\": \"" + to + "\"");
        if (note != null) {
            body.append(", \"nota\": \"").append(note).append('"');
        }
        if (from != null) {
            body.append(", \"desde\": \"").append(from).append('"');
        }
        return send("POST", "/api/agenda21/estado", body.append('}').toString(), user, null);
    }

    private HttpResponse<String> get(String path, String user) {
        return send("GET", path, null, user, null);
    }

    private HttpResponse<String> send(String method, String path, String body, String user, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/geo+json, text/csv")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path, e);
        }
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }

    private static String status(HttpResponse<String> r) {
        return r.statusCode() + " " + Http.parse(r.body()).get("code").asString();
    }

    private static String description(HttpResponse<String> r) {
        return Http.parse(r.body()).get("description").asString();
    }

    private static JsonNode row(JsonNode matrix, String cut) {
        for (JsonNode r : matrix.get("comunas")) {
            if (r.get("cut").asString().equals(cut)) {
                return r;
            }
        }
        throw new AssertionError("no commune " + cut);
    }

    private static JsonNode column(JsonNode matrix, String layer) {
        for (JsonNode c : matrix.get("capas")) {
            if (c.get("id").asString().equals(layer)) {
                return c;
            }
        }
        throw new AssertionError("no layer " + layer);
    }

    private static JsonNode cell(JsonNode matrix, String cut, String layer) {
        for (JsonNode c : row(matrix, cut).get("celdas")) {
            if (c.get("capa").asString().equals(layer)) {
                return c;
            }
        }
        throw new AssertionError("no cell " + cut + " × " + layer);
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
