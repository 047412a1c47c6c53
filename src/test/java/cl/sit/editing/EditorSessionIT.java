package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/editing/me} over real HTTP: anonymous requests are refused, an editor sees exactly the communes
 * granted to them per layer with the full attribute schema, the geometry type ({@code tipo_geometria}) and the style
 * ({@code style}), never the old names ({@code geometria}, {@code estilo}); an admin sees every commune of the seeded
 * region, a user who edits nothing gets no layers; and a browser opening {@code /editor} without a session is sent
 * to the sign-in page.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
class EditorSessionIT {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @BeforeEach
    void users() {
        if (!users.exists("editor-dos")) {
            users.create("editor-dos", "clave-editor-dos", List.of(Role.EDITOR));
            grants.grant("editor-dos", "14102", "a21-uso-suelo", "admin"); // Corral, one layer
            grants.grant("editor-dos", "14101", "*", "admin"); // Valdivia, every layer
            users.create("oficial-inversion", "clave-oficial-1", List.of(Role.INVERSION));
        }
    }

    @Test
    void anonymousRequestsAreRefusedAndTheEditorPageSendsBrowsersToSignIn() {
        HttpResponse<String> me = get("/api/editing/me", null, null, "application/json");
        assertThat(me.statusCode()).isEqualTo(401);
        assertThat(Http.parse(me.body()).path("code").asString()).isEqualTo("Unauthorized");

        HttpResponse<String> page = get("/editor", null, null, "text/html");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void anEditorSeesOnlyTheCommunesGrantedPerLayerWithTheFullSchema() {
        JsonNode me = me("editor-dos", "clave-editor-dos");
        assertThat(me.path("usuario").asString()).isEqualTo("editor-dos");
        assertThat(me.path("admin").asBoolean()).isFalse();
        assertThat(me.path("capas").findValuesAsString("id"))
                .containsExactlyInAnyOrder(
                        "a21-uso-suelo",
                        "a21-hidrografia",
                        "a21-vialidad",
                        "a21-asentamientos",
                        "a21-interes-turistico",
                        "a21-residuos",
                        "a21-biodiversidad");
        for (JsonNode layer : me.path("capas")) {
            List<String> communes = cuts(layer);
            assertThat(communes)
                    .as(layer.path("id").asString())
                    .containsExactlyElementsOf(
                            layer.path("id").asString().equals("a21-uso-suelo")
                                    ? List.of("14102", "14101")
                                    : List.of("14101"));
        }

        JsonNode landUse = layer(me, "a21-uso-suelo");
        assertThat(landUse.path("titulo").asString()).isEqualTo("Uso de suelo (Agenda 21)");
        assertThat(landUse.path("tipo_geometria").asString()).isEqualTo("MultiPolygon");
        assertThat(landUse.path("style").path("fillColor").asString()).isEqualTo("#d7ccc8");
        assertThat(landUse.path("style").path("categories").path("attribute").asString())
                .isEqualTo("uso");
        for (JsonNode layer : me.path("capas")) {
            assertThat(layer.path("tipo_geometria").asString())
                    .as(layer.path("id").asString())
                    .isNotEmpty();
            assertThat(layer.path("style").isObject())
                    .as(layer.path("id").asString())
                    .isTrue();
            assertThat(layer.has("geometria")).as("old name geometria").isFalse();
            assertThat(layer.has("estilo")).as("old name estilo").isFalse();
        }
        assertThat(landUse.path("comunas").get(0).path("nombre").asString()).isEqualTo("Corral");
        assertThat(landUse.path("atributos").findValuesAsString("nombre"))
                .containsExactly("uso", "subuso", "anio", "fuente", "obs"); // no read-only cut, version, ilustrativo
        JsonNode uso = landUse.path("atributos").get(0);
        assertThat(uso.path("tipo").asString()).isEqualTo("string");
        assertThat(uso.path("titulo").asString()).isEqualTo("Uso");
        assertThat(uso.path("obligatorio").asBoolean()).isTrue();
        assertThat(uso.path("dominio")).hasSize(9);
        JsonNode year = landUse.path("atributos").get(2);
        assertThat(year.path("tipo").asString()).isEqualTo("integer");
        assertThat(year.path("minimo").asDouble()).isEqualTo(1950);
        assertThat(year.path("maximo").asDouble()).isEqualTo(2100);
        assertThat(landUse.path("atributos").get(1).path("largo_maximo").asInt())
                .isEqualTo(120);
        assertThat(layer(me, "a21-residuos").path("atributos").findValuesAsString("tipo"))
                .contains("date");
    }

    @Test
    void anAdminEditsEveryCommuneOfTheRegionAndOthersEditNothing() {
        JsonNode admin = me("admin", "clave-admin-de-prueba");
        assertThat(admin.path("admin").asBoolean()).isTrue();
        assertThat(admin.path("capas")).hasSize(7);
        for (JsonNode layer : admin.path("capas")) {
            assertThat(cuts(layer)).hasSize(12).allMatch(cut -> cut.startsWith("14"));
        }

        JsonNode officer = me("oficial-inversion", "clave-oficial-1");
        assertThat(officer.path("usuario").asString()).isEqualTo("oficial-inversion");
        assertThat(officer.path("capas")).isEmpty();
    }

    private static JsonNode layer(JsonNode me, String id) {
        for (JsonNode layer : me.path("capas")) {
            if (layer.path("id").asString().equals(id)) {
                return layer;
            }
        }
        throw new AssertionError("no layer " + id + " in " + me);
    }

    private static List<String> cuts(JsonNode layer) {
        List<String> out = new ArrayList<>();
        layer.path("comunas").forEach(c -> out.add(c.path("cut").asString()));
        return out;
    }

    private JsonNode me(String username, String password) {
        HttpResponse<String> r = get("/api/editing/me", username, password, "application/json");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.parse(r.body());
    }

    private HttpResponse<String> get(String path, String username, String password, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", accept)
                .GET();
        if (username != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
