package cl.sit.layer;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Layer symbology: the Agenda 21 layers take classes by category from their template, an admin changes them
 * through {@code PUT /api/layers/{id}/style} (checked, and seen at once through a new ETag), nobody else can, and
 * a layer made from a template before it had classes gains them at start-up unless an admin restyled it. The same
 * contract runs on H2GIS and PostGIS; every test puts back the style it changed.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractLayerStyleIT {

    static final String LAND_USE = "a21-uso-suelo";
    static final String ROADS = "a21-vialidad";
    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String EDITOR = "t-estilos:clave-estilos-1";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerStyles styles;

    @Autowired
    LayerRegistry registry;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        if (!users.exists("t-estilos")) {
            users.create("t-estilos", "clave-estilos-1", List.of(Role.EDITOR));
        }
    }

    @Test
    void agenda21LayersAreClassedByTheirTemplatesCategoricalAttribute() {
        JsonNode style = http.json("/collections/" + LAND_USE).get("style");
        assertThat(style.at("/categories/attribute").asString()).isEqualTo("uso");
        List<String> values = new ArrayList<>();
        style.at("/categories/values").forEach(v -> values.add(v.get("value").asString()));
        List<String> domain = new ArrayList<>();
        http.json("/collections/" + LAND_USE + "/queryables")
                .at("/properties/uso/enum")
                .forEach(v -> domain.add(v.asString()));
        assertThat(domain).hasSize(9);
        assertThat(values).containsExactlyElementsOf(domain);
        // Forests and urban areas do not look alike.
        assertThat(fill(style, "Bosques")).isNotEqualTo(fill(style, "Áreas urbanas e industriales"));
        assertThat(http.json("/collections/" + ROADS)
                        .get("style")
                        .at("/categories/attribute")
                        .asString())
                .isEqualTo("categoria");
    }

    @Test
    void anAdminRestylesALayerAndEveryReaderSeesItAtOnce() {
        String original = http.json("/collections/" + LAND_USE).get("style").toString();
        HttpResponse<String> before = http.get("/collections/" + LAND_USE);
        String etag = before.headers().firstValue("ETag").orElseThrow();
        String restyled = original.replace("\"#388e3c\"", "\"#004d40\"");
        assertThat(restyled).isNotEqualTo(original);
        try {
            HttpResponse<String> put =
                    http.send("PUT", "/api/layers/" + LAND_USE + "/style", restyled, "application/json", ADMIN);
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            assertThat(fill(Http.parse(put.body()), "Bosques")).isEqualTo("#004d40");
            HttpResponse<String> after =
                    http.send("GET", "/collections/" + LAND_USE, null, null, null, "If-None-Match", etag);
            assertThat(after.statusCode()).as("the old ETag no longer matches").isEqualTo(200);
            assertThat(fill(Http.parse(after.body()).get("style"), "Bosques")).isEqualTo("#004d40");
            assertThat(http.json("/collections").toString()).contains("#004d40");
        } finally {
            assertThat(http.send("PUT", "/api/layers/" + LAND_USE + "/style", original, "application/json", ADMIN)
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void onlyAdminsRestyleAndOnlyWithAStyleThatHolds() {
        String style = "{\"color\":\"#8d6e63\"}";
        assertThat(http.send("PUT", "/api/layers/" + LAND_USE + "/style", style, "application/json", EDITOR)
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.send("PUT", "/api/layers/" + LAND_USE + "/style", style, "application/json", null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(http.send("PUT", "/api/layers/no-existe/style", style, "application/json", ADMIN)
                        .statusCode())
                .isEqualTo(404);
        StringBuilder many = new StringBuilder("{\"categories\":{\"attribute\":\"subuso\",\"values\":[");
        for (int i = 0; i < LayerStyleRules.MAX_CLASSES + 1; i++) {
            many.append(i == 0 ? "" : ",").append("{\"value\":\"v").append(i).append("\",\"color\":\"#000000\"}");
        }
        many.append("]}}");
        String[][] refused = {
            {"[1,2]", "objeto"},
            {"{\"className\":\"x\"}", "className"},
            {"{\"color\":\"red\"}", "#rrggbb"},
            {"{\"color\":\"#123456\\\"><script>\"}", "#rrggbb"},
            {"{\"weight\":999}", "entre 0 y 20"},
            {"{\"dashArray\":\"1;x\"}", "dashArray"},
            {"{\"categories\":{\"attribute\":\"no_hay\",\"values\":[]}}", "no_hay"},
            {"{\"categories\":{\"attribute\":\"anio\",\"values\":[]}}", "ok"},
            {
                "{\"categories\":{\"attribute\":\"uso\",\"values\":[{\"value\":\"Selva\",\"fillColor\":\"#000000\"}]}}",
                "Selva"
            },
            {
                "{\"categories\":{\"attribute\":\"uso\",\"values\":[{\"value\":\"Bosques\"},{\"value\":\"Bosques\"}]}}",
                "dos clases"
            },
            {"{\"categories\":{\"attribute\":\"uso\",\"values\":[{\"value\":\"Bosques\",\"weight\":-1}]}}", "Bosques"},
            {many.toString(), "a lo más"},
        };
        String before = http.json("/collections/" + LAND_USE).get("style").toString();
        for (String[] r : refused) {
            HttpResponse<String> response =
                    http.send("PUT", "/api/layers/" + LAND_USE + "/style", r[0], "application/json", ADMIN);
            if (r[1].equals("ok")) {
                // An integer attribute may be classed (here with no class at all): accepted.
                assertThat(response.statusCode()).as(r[0]).isEqualTo(200);
                continue;
            }
            assertThat(response.statusCode()).as(r[0]).isEqualTo(422);
            JsonNode error = Http.parse(response.body());
            assertThat(error.get("code").asString()).isEqualTo("InvalidStyle");
            assertThat(error.get("description").asString()).contains(r[1]);
        }
        http.send("PUT", "/api/layers/" + LAND_USE + "/style", before, "application/json", ADMIN);
        assertThat(http.json("/collections/" + LAND_USE).get("style").toString())
                .isEqualTo(before);
        // A new layer's own style goes through the same rules.
        HttpResponse<String> created = http.send(
                "POST",
                "/api/layers",
                "{\"id\":\"t-estilo-malo\",\"titulo\":\"X\","
                        + "\"tipo_geometria\":\"Point\",\"atributos\":[{\"nombre\":\"n\",\"tipo\":\"string\",\"titulo\":\"N\"}],"
                        + "\"style\":{\"radius\":500}}",
                "application/json",
                ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(422);
        assertThat(Http.parse(created.body()).get("code").asString()).isEqualTo("InvalidStyle");
    }

    @Test
    void layersStillInTheirTemplatesOldStyleGainItsClassesUnlessAnAdminRestyledThem() throws Exception {
        String original = http.json("/collections/" + ROADS).get("style").toString();
        String old = "{\"color\":\"#424242\",\"weight\":2.5}";
        try {
            jdbc.update("UPDATE layer SET style = ? WHERE id = ?", old, ROADS);
            styles.run(null);
            assertThat(registry.find(ROADS)
                            .orElseThrow()
                            .style()
                            .at("/categories/attribute")
                            .asString())
                    .isEqualTo("categoria");
            jdbc.update("UPDATE layer SET style = ? WHERE id = ?", "{\"color\":\"#000000\",\"weight\":2.5}", ROADS);
            registry.refresh();
            styles.run(null);
            assertThat(registry.find(ROADS).orElseThrow().style().has("categories"))
                    .isFalse();
        } finally {
            jdbc.update("UPDATE layer SET style = ? WHERE id = ?", original, ROADS);
            registry.refresh();
        }
    }

    private static String fill(JsonNode style, String value) {
        for (JsonNode c : style.at("/categories/values")) {
            if (c.get("value").asString().equals(value)) {
                return c.path("fillColor").asString(null);
            }
        }
        return null;
    }
}
