package cl.sit.agenda21.review;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Review comments on a feature of an Agenda 21 layer: the commune's editor and an admin write them, resolve and
 * reopen them; an editor of another commune and anonymous readers cannot read or write them; bad input is a 422
 * and writes nothing; the dashboard's count of open comments per layer and commune follows. The same contract runs
 * on H2GIS and PostGIS; users made here start with {@code t28-} and everything is removed afterwards.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractReviewCommentsIT {

    static final String LAYER = "a21-residuos";
    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String CORRAL = "t28-corral:clave-corral-t28";
    static final String VALDIVIA = "t28-valdivia:clave-valdivia-t28";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Autowired
    ReviewComments comments;

    @Autowired
    JdbcTemplate jdbc;

    Http http;
    String item;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
        for (String who : List.of(CORRAL, VALDIVIA)) {
            users.create(who.substring(0, who.indexOf(':')), who.substring(who.indexOf(':') + 1), List.of(Role.EDITOR));
        }
        grants.grant("t28-corral", "14102", "*", "admin");
        grants.grant("t28-valdivia", "14101", "*", "admin");
        HttpResponse<String> created = http.send(
                "POST",
                "/collections/" + LAYER + "/items",
                "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\"},"
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-73.39,-39.984]}}",
                "application/geo+json",
                CORRAL);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        item = "/collections/" + LAYER + "/items/"
                + Http.parse(created.body()).get("id").asLong() + "/comments";
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM review_comment WHERE layer_id = ?", LAYER);
        jdbc.update("DELETE FROM a21_residuos");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", LAYER);
        jdbc.update("DELETE FROM app_user WHERE username LIKE 't28-%'");
    }

    @Test
    void theCommunesEditorAndAnAdminDiscussAFeatureAndResolveIt() {
        assertThat(send("GET", item, null, CORRAL).body()).isEqualTo("[]");
        HttpResponse<String> first = send("POST", item, "{\"texto\": \"Falta el punto limpio de Niebla\"}", ADMIN);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        HttpResponse<String> second = send("POST", item, "{\"texto\": \"  Agregado en la versión 2  \"}", CORRAL);
        assertThat(second.statusCode()).isEqualTo(201);
        JsonNode thread = Http.parse(second.body());
        assertThat(thread.size()).isEqualTo(2);
        assertThat(thread.get(0).get("autor").asString()).isEqualTo("admin");
        assertThat(thread.get(0).get("texto").asString()).isEqualTo("Falta el punto limpio de Niebla");
        assertThat(thread.get(0).get("comuna").asString()).isEqualTo("14102");
        assertThat(thread.get(0).get("resuelto").asBoolean()).isFalse();
        assertThat(thread.get(0).get("fecha").asString()).isNotBlank();
        assertThat(thread.get(1).get("texto").asString()).isEqualTo("Agregado en la versión 2");
        assertThat(comments.openByCell()).containsEntry(LAYER + "|14102", 2);

        long id = thread.get(0).get("id").asLong();
        HttpResponse<String> resolved = send("PUT", item + "/" + id, "{\"resuelto\": true}", CORRAL);
        assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
        assertThat(Http.parse(resolved.body()).get("resuelto").asBoolean()).isTrue();
        assertThat(Http.parse(resolved.body()).get("resueltoPor").asString()).isEqualTo("t28-corral");
        assertThat(comments.openByCell()).containsEntry(LAYER + "|14102", 1);
        HttpResponse<String> reopened = send("PUT", item + "/" + id, "{\"resuelto\": false}", ADMIN);
        assertThat(Http.parse(reopened.body()).get("resuelto").asBoolean()).isFalse();
        assertThat(Http.parse(reopened.body()).get("resueltoPor").isNull()).isTrue();
        assertThat(comments.openByCell()).containsEntry(LAYER + "|14102", 2);
    }

    @Test
    void othersCannotReadOrWriteAndBadInputWritesNothing() {
        assertThat(send("POST", item, "{\"texto\": \"hola\"}", CORRAL).statusCode())
                .isEqualTo(201);
        assertThat(http.get(item).statusCode()).isEqualTo(401);
        assertThat(send("POST", item, "{\"texto\": \"intruso\"}", null).statusCode())
                .isEqualTo(401);
        // An editor of Valdivia does not see Corral's draft layer: for them the feature does not exist.
        assertThat(send("GET", item, null, VALDIVIA).statusCode()).isEqualTo(404);
        assertThat(send("POST", item, "{\"texto\": \"intruso\"}", VALDIVIA).statusCode())
                .isEqualTo(404);
        for (String bad : List.of(
                "{\"texto\": \"   \"}",
                "{}",
                "{\"texto\": \"" + "x".repeat(2001) + "\"}",
                "{\"texto\": \"\\ud800\"}")) {
            HttpResponse<String> r = send("POST", item, bad, CORRAL);
            assertThat(r.statusCode())
                    .as(bad.substring(0, Math.min(30, bad.length())))
                    .isIn(400, 422);
            assertThat(Http.parse(r.body()).get("description").asString()).isNotBlank();
        }
        assertThat(status(send("PUT", item + "/999999", "{\"resuelto\": true}", CORRAL)))
                .isEqualTo("404 CommentNotFound");
        assertThat(status(send("PUT", item + "/1", "{}", CORRAL))).isEqualTo("422 InvalidComment");
        assertThat(status(send("GET", "/collections/comunas/items/14101/comments", null, ADMIN)))
                .isEqualTo("404 CollectionNotFound");
        assertThat(status(send("GET", "/collections/" + LAYER + "/items/999999/comments", null, ADMIN)))
                .isEqualTo("404 FeatureNotFound");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_comment WHERE layer_id = ?", Integer.class, LAYER))
                .isEqualTo(1);
        assertThat(comments.openByCell()).containsAllEntriesOf(Map.of(LAYER + "|14102", 1));
    }

    private HttpResponse<String> send(String method, String path, String body, String who) {
        return http.send(method, path, body, body == null ? null : "application/json", who);
    }

    private static String status(HttpResponse<String> r) {
        return r.statusCode() + " " + Http.parse(r.body()).path("code").asString();
    }
}
