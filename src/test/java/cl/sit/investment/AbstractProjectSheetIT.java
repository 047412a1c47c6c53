package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What a project's page reads about one project: its yearly amounts, its shares in communes and in the units above
 * them, and its own screening and overlap alerts ({@code proyecto=}), each equal to what the whole lists say about
 * it. Once per store ({@link H2gisProjectSheetIT}, {@link PostgisProjectSheetIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractProjectSheetIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theAmountsAreTheStoredYearsAndTheirSums() {
        int id = jdbc.queryForObject("SELECT MIN(project_id) FROM investment_amount", Integer.class);
        JsonNode doc = http.json("/api/investments/" + id + "/amounts");
        List<Map<String, Object>> stored = jdbc.queryForList(
                "SELECT anio, programado_clp, ejecutado_clp"
                        + " FROM investment_amount WHERE project_id = ? ORDER BY anio",
                id);
        assertThat(doc.get("proyecto").asInt()).isEqualTo(id);
        assertThat(doc.get("montos")).hasSize(stored.size());
        long programmed = 0;
        long spent = 0;
        for (int i = 0; i < stored.size(); i++) {
            JsonNode year = doc.get("montos").get(i);
            assertThat(year.get("anio").asInt())
                    .isEqualTo(((Number) stored.get(i).get("anio")).intValue());
            assertThat(year.get("programado_clp").asLong())
                    .isEqualTo(((Number) stored.get(i).get("programado_clp")).longValue());
            programmed += year.get("programado_clp").asLong();
            spent += year.get("ejecutado_clp").asLong();
        }
        assertThat(doc.get("programado_clp").asLong()).isEqualTo(programmed);
        assertThat(doc.get("ejecutado_clp").asLong()).isEqualTo(spent);
        assertThat(doc.get("ilustrativo").isBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"amounts", "territories"})
    void anUnknownProjectIsA404(String what) {
        HttpResponse<String> r = http.get("/api/investments/999999999/" + what);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.parse(r.body()).get("code").asString()).isEqualTo("ProjectNotFound");
    }

    /** A project over two communes: each province's and the region's share is the sum of its communes'. */
    @Test
    void theUnitsAboveTheCommunesSumTheirCommunesShares() {
        int id = jdbc.queryForObject(
                "SELECT MIN(project_id) FROM investment_territory GROUP BY project_id"
                        + " HAVING COUNT(*) > 1 ORDER BY 1 FETCH FIRST 1 ROWS ONLY",
                Integer.class);
        JsonNode doc = http.json("/api/investments/" + id + "/territories");
        Map<String, Double> perUnit = new HashMap<>();
        doc.get("reparto").forEach(s -> {
            if (!s.get("codigo").isNull()) {
                String cut = s.get("codigo").asString();
                perUnit.merge(cut.substring(0, 3), s.get("proporcion").asDouble(), Double::sum);
                perUnit.merge(cut.substring(0, 2), s.get("proporcion").asDouble(), Double::sum);
            }
        });
        List<String> levels = new ArrayList<>();
        doc.get("unidades").forEach(u -> {
            levels.add(u.get("nivel").asString());
            assertThat(u.get("nombre").asString()).isNotBlank();
            if (!u.get("nivel").asString().equals("personalizado")) {
                assertThat(u.get("proporcion").asDouble())
                        .as(u.get("codigo").asString())
                        .isCloseTo(perUnit.get(u.get("codigo").asString()), org.assertj.core.data.Offset.offset(1e-9));
            }
        });
        assertThat(levels).contains("region", "provincia");
        assertThat(levels.get(0)).isEqualTo("region");
    }

    /** A project inside a conservation area: its own screening is its row of the whole list. */
    @Test
    void theScreeningOfAProjectIsItsRowOfTheList() {
        JsonNode all = http.json("/api/screening?margen_m=1000&limit=10000");
        JsonNode inside = all.get("filas").get(0);
        assertThat(inside.get("estado").asString()).isEqualTo("dentro");
        JsonNode mine = http.json(
                "/api/screening?margen_m=1000&proyecto=" + inside.get("id").asInt());
        assertThat(mine.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(mine.get("dentro").asInt()).isEqualTo(1);
        assertThat(mine.get("filas")).hasSize(1);
        assertThat(mine.get("filas").get(0)).isEqualTo(inside);
        assertThat(mine.get("por_territorio").findValuesAsString("codigo"))
                .containsExactlyElementsOf(inside.get("comunas")
                        .valueStream()
                        .map(JsonNode::asString)
                        .toList());

        int quiet = jdbc.queryForObject(
                "SELECT MIN(id) FROM investment_project p WHERE NOT EXISTS"
                        + " (SELECT 1 FROM investment_screening s WHERE s.project_id = p.id)",
                Integer.class);
        JsonNode none = http.json("/api/screening?proyecto=" + quiet);
        assertThat(none.get("numberMatched").asInt()).isZero();
        assertThat(none.get("filas")).isEmpty();
    }

    /** A project's overlaps are the pairs of the whole list that hold it, in the same order. */
    @Test
    void theOverlapsOfAProjectAreThePairsThatHoldIt() {
        JsonNode all = http.json("/api/overlaps?limit=10000");
        assertThat(all.get("numberMatched").asLong()).isLessThanOrEqualTo(10_000);
        int id = all.get("pares").get(0).get("a").get("id").asInt();
        List<JsonNode> expected = new ArrayList<>();
        all.get("pares").forEach(p -> {
            if (p.get("a").get("id").asInt() == id || p.get("b").get("id").asInt() == id) {
                expected.add(p);
            }
        });
        JsonNode mine = http.json("/api/overlaps?limit=10000&proyecto=" + id);
        assertThat(mine.get("numberMatched").asInt()).isEqualTo(expected.size());
        assertThat(mine.get("pares").valueStream().toList()).containsExactlyElementsOf(expected);
        long perReason = mine.get("por_motivo")
                .valueStream()
                .mapToLong(r -> r.get("pares").asLong())
                .sum();
        assertThat(perReason).isEqualTo(expected.size());
        JsonNode page = http.json("/api/overlaps?limit=1&offset=1&proyecto=" + id);
        if (expected.size() > 1) {
            assertThat(page.get("pares").get(0)).isEqualTo(expected.get(1));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/screening?proyecto=1&territorio=14101",
                "/api/overlaps?proyecto=1&comuna=14101",
                "/api/screening?proyecto=0",
                "/api/overlaps?proyecto=abc",
                "/api/overlaps?proyecto=1.5"
            })
    void aBadProjectParameterIsA400(String url) {
        HttpResponse<String> r = http.get(url);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(Http.parse(r.body()).get("code").asString()).isEqualTo("InvalidParameterValue");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/screening?proyecto=999999999", "/api/overlaps?proyecto=999999999"})
    void anUnknownProjectParameterIsA404(String url) {
        HttpResponse<String> r = http.get(url);
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(Http.parse(r.body()).get("code").asString()).isEqualTo("ProjectNotFound");
    }
}
