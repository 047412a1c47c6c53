package cl.sit.layer;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Layer administration speaks Spanish ({@code POST /api/layers}, {@code GET /api/layers/templates}) and so does the
 * attribute schema SIT adds to {@code /collections/{id}}; the English body names of the releases before are
 * accepted until 0.2.0, and an old and a new name with different values are a 400 {@code InvalidBody}. The same
 * contract runs on H2GIS and PostGIS; every test drops the layers it made.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractLayerAdminIT {

    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final List<String> MADE = List.of("t-admin-es", "t-admin-en", "t-admin-plantilla", "t-admin-choque");

    static final String SPANISH = """
            {"id": "t-admin-es", "titulo": "Sumideros", "descripcion": "Sumideros de aguas lluvia",
             "tipo_geometria": "Point", "fuente": "Catastro municipal", "atributos": [
              {"nombre": "estado", "tipo": "string", "titulo": "Estado", "obligatorio": true,
               "dominio": ["bueno", "malo"], "largo_maximo": 20},
              {"nombre": "rejillas", "tipo": "integer", "titulo": "Rejillas", "minimo": 1, "maximo": 12}]}""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerRegistry registry;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        drop();
    }

    @AfterEach
    void tearDown() {
        drop();
    }

    @Test
    void aSpanishBodyCreatesTheLayerAndTheAnswerSpeaksSpanish() {
        HttpResponse<String> created = http.send("POST", "/api/layers", SPANISH, "application/json", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode layer = Http.parse(created.body());
        assertThat(layer.get("id").asString()).isEqualTo("t-admin-es");
        assertThat(layer.get("titulo").asString()).isEqualTo("Sumideros");
        assertThat(layer.get("descripcion").asString()).isEqualTo("Sumideros de aguas lluvia");
        assertThat(layer.get("tipo_geometria").asString()).isEqualTo("Point");
        assertThat(layer.get("fuente").asString()).isEqualTo("Catastro municipal");
        assertThat(layer.get("editable").asBoolean()).isTrue();
        assertThat(names(layer)).doesNotContain("title", "description", "geometryType", "attributes", "source");
        JsonNode state = attribute(layer.get("atributos"), "estado");
        assertThat(state.get("tipo").asString()).isEqualTo("string");
        assertThat(state.get("titulo").asString()).isEqualTo("Estado");
        assertThat(state.get("obligatorio").asBoolean()).isTrue();
        assertThat(state.get("dominio").toString()).isEqualTo("[\"bueno\",\"malo\"]");
        assertThat(state.get("largo_maximo").asInt()).isEqualTo(20);
        JsonNode grids = attribute(layer.get("atributos"), "rejillas");
        assertThat(grids.get("minimo").asDouble()).isEqualTo(1.0);
        assertThat(grids.get("maximo").asDouble()).isEqualTo(12.0);
        assertThat(names(grids)).doesNotContain("name", "type", "title", "min", "max");

        // The collection's attribute schema: the same words.
        JsonNode collection = http.json("/collections/t-admin-es");
        assertThat(collection.get("title").asString()).isEqualTo("Sumideros");
        assertThat(collection.has("attributes")).isFalse();
        JsonNode schema = attribute(collection.get("atributos"), "estado");
        assertThat(schema.get("tipo").asString()).isEqualTo("string");
        assertThat(schema.get("titulo").asString()).isEqualTo("Estado");
        assertThat(names(schema)).containsExactly("nombre", "tipo", "titulo");
        // The constraints reach the editor's schema and the queryables.
        assertThat(http.json("/collections/t-admin-es/queryables")
                        .at("/properties/estado/enum")
                        .toString())
                .isEqualTo("[\"bueno\",\"malo\"]");
    }

    @Test
    void theOldEnglishBodyIsStillAccepted() {
        String english = """
                {"id": "t-admin-en", "title": "Sumideros viejos", "description": "D", "geometryType": "Point",
                 "source": "Antigua", "attributes": [
                  {"name": "estado", "type": "string", "title": "Estado", "required": true, "domain": ["a", "b"],
                   "maxLength": 5},
                  {"name": "rejillas", "type": "integer", "title": "Rejillas", "min": 0, "max": 3}]}""";
        HttpResponse<String> created = http.send("POST", "/api/layers", english, "application/json", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode layer = Http.parse(created.body());
        assertThat(layer.get("titulo").asString()).isEqualTo("Sumideros viejos");
        assertThat(layer.get("fuente").asString()).isEqualTo("Antigua");
        JsonNode state = attribute(layer.get("atributos"), "estado");
        assertThat(state.get("obligatorio").asBoolean()).isTrue();
        assertThat(state.get("largo_maximo").asInt()).isEqualTo(5);
        assertThat(attribute(layer.get("atributos"), "rejillas").get("maximo").asDouble())
                .isEqualTo(3.0);
        // A template by its old name too.
        HttpResponse<String> fromTemplate = http.send(
                "POST",
                "/api/layers",
                "{\"template\":\"a21-residuos\",\"id\":\"t-admin-plantilla\",\"title\":\"Residuos viejos\"}",
                "application/json",
                ADMIN);
        assertThat(fromTemplate.statusCode()).as(fromTemplate.body()).isEqualTo(201);
        assertThat(Http.parse(fromTemplate.body()).get("titulo").asString()).isEqualTo("Residuos viejos");
    }

    @Test
    void aTemplateByItsSpanishNameAndTheTemplatesInSpanish() {
        JsonNode templates = http.json("/api/layers/templates");
        JsonNode waste = null;
        for (JsonNode t : templates) {
            if (t.get("id").asString().equals("a21-residuos")) {
                waste = t;
            }
        }
        assertThat(waste).isNotNull();
        assertThat(waste.get("titulo").asString()).isNotBlank();
        assertThat(waste.get("tipo_geometria").asString()).isNotBlank();
        assertThat(waste.get("atributos").get(0).has("nombre")).isTrue();
        assertThat(names(waste)).doesNotContain("title", "geometryType", "attributes", "source", "description");
        HttpResponse<String> created = http.send(
                "POST",
                "/api/layers",
                "{\"plantilla\":\"a21-residuos\",\"id\":\"t-admin-plantilla\",\"titulo\":\"Residuos rurales\"}",
                "application/json",
                ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode layer = Http.parse(created.body());
        assertThat(layer.get("titulo").asString()).isEqualTo("Residuos rurales");
        assertThat(layer.get("tipo_geometria").asString())
                .isEqualTo(waste.get("tipo_geometria").asString());
    }

    @Test
    void anOldAndANewNameWithDifferentValuesAreA400() {
        String[] bodies = {
            // the layer's own member
            SPANISH.replace("\"titulo\": \"Sumideros\"", "\"titulo\": \"Sumideros\", \"title\": \"Otro\""),
            // an attribute's member
            SPANISH.replace("\"nombre\": \"estado\"", "\"nombre\": \"estado\", \"name\": \"otro\""),
            // a template's
            "{\"plantilla\":\"a21-residuos\",\"template\":\"a21-vialidad\",\"id\":\"t-admin-choque\","
                    + "\"titulo\":\"X\"}"
        };
        for (String body : bodies) {
            HttpResponse<String> refused = http.send("POST", "/api/layers", body, "application/json", ADMIN);
            assertThat(refused.statusCode()).as(body).isEqualTo(400);
            JsonNode error = Http.parse(refused.body());
            assertThat(error.get("code").asString()).isEqualTo("InvalidBody");
            assertThat(error.get("description").asString()).contains("nombre antiguo");
        }
        assertThat(registry.find("t-admin-es")).isEmpty();
        assertThat(registry.find("t-admin-choque")).isEmpty();
        // The same value under both names is fine.
        HttpResponse<String> same = http.send(
                "POST",
                "/api/layers",
                SPANISH.replace("\"titulo\": \"Sumideros\"", "\"titulo\": \"Sumideros\", \"title\": \"Sumideros\""),
                "application/json",
                ADMIN);
        assertThat(same.statusCode()).as(same.body()).isEqualTo(201);
    }

    @Test
    void aBodyWithoutTemplateNorAttributesNamesTheSpanishMembers() {
        HttpResponse<String> refused =
                http.send("POST", "/api/layers", "{\"id\":\"t-admin-es\",\"titulo\":\"X\"}", "application/json", ADMIN);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(Http.parse(refused.body()).get("description").asString())
                .contains("'plantilla'", "'atributos'", "nombre", "largo_maximo");
    }

    private static JsonNode attribute(JsonNode schema, String name) {
        for (JsonNode a : schema) {
            if (a.get("nombre").asString().equals(name)) {
                return a;
            }
        }
        throw new AssertionError("No attribute " + name + " in " + schema);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.propertyNames().forEach(names::add);
        return names;
    }

    private void drop() {
        for (String id : MADE) {
            String table = "capa_" + id.replace('-', '_');
            jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", id);
            jdbc.update("DELETE FROM layer_generation WHERE layer_id = ?", id);
            jdbc.update("DELETE FROM layer WHERE id = ?", id);
            jdbc.execute("DROP TABLE IF EXISTS " + table);
        }
        registry.refresh();
    }
}
