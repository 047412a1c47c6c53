package cl.sit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.support.Http;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/indicators} with {@code asOf}: the unit set of a day (Los Ríos only, no national set), over real HTTP
 * on both stores. Investment and population are stored per commune of today; the Provincia de Valdivia of the
 * Región de Los Lagos (105, until 2007-10-02) gets those of the communes that made it up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractIndicatorsAsOfIT {

    static final String VALDIVIA_105 = "105@..2007-10-02";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void provincesOf2005AreTheProvinciaDeValdiviaWithTheFiguresOfTodaysProvinces() {
        JsonNode then = http.json("/api/indicators?level=provincia&from=2003&to=2006&asOf=2005-01-01");
        JsonNode today = http.json("/api/indicators?level=provincia&from=2003&to=2006");
        assertThat(then.get("fecha").asString()).isEqualTo("2005-01-01");
        assertThat(then.get("filas")).hasSize(1);
        JsonNode row = then.get("filas").get(0);
        assertThat(row.get("id").asString()).isEqualTo(VALDIVIA_105);
        assertThat(row.get("codigo").asString()).isEqualTo("105");
        assertThat(row.get("nombre").asString()).isEqualTo("Valdivia");
        assertThat(row.has("nota")).isFalse();
        Map<String, JsonNode> now = byCode(today);
        assertThat(now.keySet()).containsExactlyInAnyOrder("141", "142");
        double total = now.get("141").get("total_clp").asDouble()
                + now.get("142").get("total_clp").asDouble();
        assertThat(total).isPositive();
        assertThat(row.get("total_clp").asDouble()).isCloseTo(total, offset(0.5));
        assertThat(row.get("proyectos").asLong()).isPositive();
        Long population2006 = jdbc.queryForObject(
                "SELECT SUM(poblacion) FROM population WHERE cut IN ('141', '142') "
                        + "AND anio = 2006 AND tipo = 'proyeccion'",
                Long.class);
        assertThat(row.get("anio_poblacion").asInt()).isEqualTo(2006);
        assertThat(row.get("poblacion").asLong()).isEqualTo(population2006);
        assertThat(row.get("per_capita_clp").isNull()).isFalse();
        double official = now.get("141").get("area_oficial_km2").asDouble()
                + now.get("142").get("area_oficial_km2").asDouble();
        assertThat(row.get("base_por_km2").asString()).isEqualTo("official");
        assertThat(row.get("area_oficial_km2").asDouble()).isCloseTo(official, offset(0.01));
        assertThat(then.get("unidades").get(0).get("comunas")).hasSize(12);
        // The part outside every commune belongs to no unit: the same with and without asOf.
        assertThat(then.get("fuera_de_comunas")).isEqualTo(today.get("fuera_de_comunas"));
    }

    @Test
    void theRegionOf2005IsLosLagosWithValdiviaAndSaysItsFiguresAreLosRiosOnly() {
        JsonNode then = http.json("/api/indicators?level=region&from=2003&to=2006&asOf=2005-01-01");
        assertThat(then.get("filas")).hasSize(1);
        JsonNode row = then.get("filas").get(0);
        assertThat(row.get("id").asString()).isEqualTo("10@..2007-10-02");
        assertThat(row.get("nota").asString())
                .contains("solo de sus comunas cargadas")
                .contains("10");
        double losRios = byCode(http.json("/api/indicators?level=region&from=2003&to=2006"))
                .get("14")
                .get("total_clp")
                .asDouble();
        assertThat(row.get("total_clp").asDouble()).isCloseTo(losRios, offset(0.5));

        JsonNode in2008 = http.json("/api/indicators?level=region&from=2003&to=2006&asOf=2008-01-01");
        assertThat(in2008.get("filas")).hasSize(1);
        assertThat(in2008.get("filas").get(0).get("codigo").asString()).isEqualTo("14");
        assertThat(in2008.get("filas").get(0).get("id").asString()).isEqualTo("14");
        assertThat(in2008.get("filas").get(0).get("total_clp").asDouble()).isCloseTo(losRios, offset(0.5));
    }

    @Test
    void communesOf2005CarryTheirOldCodesAndTheFiguresOfTheirSuccessors() {
        JsonNode then = http.json("/api/indicators?level=comuna&from=2003&to=2026&asOf=2005-01-01");
        Map<String, JsonNode> today = byCode(http.json("/api/indicators?level=comuna&from=2003&to=2026"));
        Map<String, String> successor = new HashMap<>();
        jdbc.query("SELECT codigo_anterior, codigo_nuevo FROM territory_crosswalk WHERE nivel = 'comuna'", rs -> {
            successor.put(rs.getString(1), rs.getString(2));
        });
        assertThat(then.get("filas")).hasSize(12);
        for (JsonNode r : then.get("filas")) {
            String code = r.get("codigo").asString();
            assertThat(code).matches("105\\d{2}");
            assertThat(r.get("id").asString()).isEqualTo(code + "@..2007-10-02");
            JsonNode next = today.get(successor.get(code));
            assertThat(r.get("total_clp").asDouble())
                    .as(code)
                    .isCloseTo(next.get("total_clp").asDouble(), offset(0.5));
            assertThat(r.get("poblacion").asLong())
                    .as(code)
                    .isEqualTo(next.get("poblacion").asLong());
            assertThat(r.get("proyectos").asLong())
                    .as(code)
                    .isEqualTo(next.get("proyectos").asLong());
        }
    }

    @Test
    void theCsvOfADayHasTheIdentifiers() throws Exception {
        HttpResponse<String> csv =
                http.get("/api/indicators?level=provincia&from=2003&to=2006&asOf=2005-01-01&f=csv&formato=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(records.get(0).get("id")).isEqualTo(VALDIVIA_105);
        assertThat(records.get(0).get("codigo")).isEqualTo("105");
        assertThat(records.get(records.size() - 1).get("nivel")).isEqualTo("fuera_de_comunas");
    }

    @Test
    void aBadAsOfIsA400() {
        assertThat(http.get("/api/indicators?asOf=2005-01-01").statusCode()).isEqualTo(200);
        for (String query :
                List.of("asOf=2005-13-01", "asOf=ayer", "asOf=1800-01-01", "level=personalizado&asOf=2005-01-01")) {
            HttpResponse<String> r = http.get("/api/indicators?" + query);
            assertThat(r.statusCode()).as(query).isEqualTo(400);
            JsonNode error = Http.parse(r.body());
            assertThat(error.get("code").asString()).isEqualTo("InvalidParameterValue");
            assertThat(error.get("description").asString()).contains("'fecha'");
        }
    }

    private static Map<String, JsonNode> byCode(JsonNode document) {
        Map<String, JsonNode> out = new HashMap<>();
        document.get("filas").forEach(r -> out.put(r.get("codigo").asString(), r));
        return out;
    }
}
