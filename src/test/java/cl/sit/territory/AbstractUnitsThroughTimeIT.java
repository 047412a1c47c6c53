package cl.sit.territory;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The territorial collections through time (datetime, OGC API Features Part 1), the identifiers of former units and
 * the crosswalk endpoint, over real HTTP on both stores. Los Ríos only (no national set): the Región de Los Lagos
 * of before 2007-10-02 is then the union of its Provincia de Valdivia.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractUnitsThroughTimeIT {

    static final String FORMER_REGION = "10@..2007-10-02";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void withoutDatetimeOnlyTodaysUnits() {
        assertThat(ids("/collections/regiones/items")).contains("14").doesNotContain(FORMER_REGION);
        assertThat(ids("/collections/provincias/items")).contains("141", "142").doesNotContain("105@..2007-10-02");
        assertThat(ids("/collections/comunas/items?limit=1000"))
                .contains("14101")
                .noneMatch(id -> id.contains("@"));
    }

    @Test
    void theRegionIn2005IsLosLagosAndIn2008LosRios() {
        List<String> in2005 = ids("/collections/regiones/items?datetime=2005-01-01");
        List<String> in2008 = ids("/collections/regiones/items?datetime=2008-01-01T12:00:00Z");
        assertThat(in2005).contains(FORMER_REGION).doesNotContain("14");
        assertThat(in2008).contains("14").doesNotContain(FORMER_REGION);
        assertThat(ids("/collections/provincias/items?datetime=2005-01-01"))
                .contains("105@..2007-10-02")
                .doesNotContain("141", "142");
        assertThat(ids("/collections/comunas/items?datetime=2007-10-01&limit=1000"))
                .contains("10501@..2007-10-02")
                .doesNotContain("14101");
        assertThat(ids("/collections/comunas/items?datetime=2007-10-02&limit=1000"))
                .contains("14101")
                .doesNotContain("10501@..2007-10-02");
    }

    @Test
    void intervalsWithOpenEndsSelectEveryUnitInForceAtSomePoint() {
        assertThat(ids("/collections/regiones/items?datetime=2005-01-01/2008-01-01"))
                .contains(FORMER_REGION, "14");
        assertThat(ids("/collections/regiones/items?datetime=../2006-12-31"))
                .contains(FORMER_REGION)
                .doesNotContain("14");
        assertThat(ids("/collections/regiones/items?datetime=2007-10-02/.."))
                .contains("14")
                .doesNotContain(FORMER_REGION);
        assertThat(http.get("/collections/regiones/items?datetime=2008-01-01/2005-01-01")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aFormerUnitHasItsOwnIdentifierCodeAndPeriod() {
        JsonNode region = http.json("/collections/regiones/items/" + FORMER_REGION);
        assertThat(region.get("id").asString()).isEqualTo(FORMER_REGION);
        assertThat(region.get("properties").get("codigo").asString()).isEqualTo("10");
        assertThat(region.get("properties").get("vigente_hasta").asString()).isEqualTo("2007-10-02");
        JsonNode valdivia =
                http.json("/collections/comunas/items/10501@..2007-10-02").get("properties");
        assertThat(valdivia.get("codigo").asString()).isEqualTo("10501");
        assertThat(valdivia.get("cut_provincia").asString()).isEqualTo("105@..2007-10-02");
        JsonNode today = http.json("/collections/comunas/items/14101").get("properties");
        assertThat(today.get("vigente_desde").asString()).isEqualTo("2007-10-02");
        assertThat(today.get("vigente_hasta").isNull()).isTrue();
        // The 12 communes kept their territory: the former Valdivia is today's polygon.
        assertThat(valdivia.get("area_km2").asDouble())
                .isEqualTo(today.get("area_km2").asDouble());
        double losRios = http.json("/collections/regiones/items/14")
                .get("properties")
                .get("area_km2")
                .asDouble();
        assertThat(region.get("properties").get("area_km2").asDouble())
                .isCloseTo(losRios, org.assertj.core.data.Offset.offset(losRios * 1e-6));
        assertThat(http.get("/collections/regiones/items/10@..2007-10-03").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theCrosswalkIsServedAsJsonAndCsv() throws Exception {
        JsonNode json = http.json("/api/territories/crosswalk");
        assertThat(json.size()).isEqualTo(16);
        List<String> pairs = new ArrayList<>();
        json.forEach(e -> pairs.add(e.get("codigo_anterior").asString() + ">"
                + e.get("codigo_nuevo").asString()));
        assertThat(pairs).contains("10501>14101", "10512>14204", "10503>14202", "105>141", "105>142", "10>14");
        HttpResponse<String> csv = http.get("/api/territories/crosswalk?f=csv&formato=csv", "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(rows).hasSize(16).anySatisfy(r -> {
            assertThat(r.get("codigo_anterior")).isEqualTo("10501");
            assertThat(r.get("id_anterior")).isEqualTo("10501@..2007-10-02");
            assertThat(r.get("codigo_nuevo")).isEqualTo("14101");
            assertThat(r.get("fecha_cambio")).isEqualTo("2007-10-02");
        });
        assertThat(http.get("/api/territories/crosswalk?f=xls").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/territories/crosswalk?desde=2005").statusCode())
                .isEqualTo(400);
    }

    private List<String> ids(String path) {
        List<String> ids = new ArrayList<>();
        http.json(path).get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    @Test
    void theProfileOfTheFormerProvinciaDeValdiviaIsThatOfTheCommunesThatMadeItUp() {
        JsonNode p = http.json("/api/territories/105@..2007-10-02/profile?from=2003&to=2006");
        assertThat(http.json("/api/territories/105%40..2007-10-02/profile?from=2003&to=2006"))
                .isEqualTo(p);
        assertThat(p.get("codigo").asString()).isEqualTo("105@..2007-10-02");
        assertThat(p.get("nombre").asString()).isEqualTo("Valdivia");
        assertThat(p.get("nivel").asString()).isEqualTo("provincia");
        assertThat(p.get("contexto").findValuesAsString("codigo")).containsExactly(FORMER_REGION);
        assertThat(p.get("comunas").findValuesAsString("codigo")).hasSize(12).allMatch(c -> c.matches("14[12]0\\d"));
        JsonNode validity = p.get("vigencia");
        assertThat(validity.get("vigente_hasta").asString()).isEqualTo("2007-10-02");
        assertThat(validity.get("nota").asString()).isEqualTo("Unidad vigente hasta el 01-10-2007");
        assertThat(validity.get("reemplazada_por").findValuesAsString("codigo")).containsExactly("141", "142");

        JsonNode valdivia = http.json("/api/territories/141/profile?from=2003&to=2006");
        JsonNode ranco = http.json("/api/territories/142/profile?from=2003&to=2006");
        assertThat(valdivia.has("vigencia")).isFalse();
        double total = valdivia.get("inversion").get("total_clp").asDouble()
                + ranco.get("inversion").get("total_clp").asDouble();
        assertThat(total).isPositive();
        assertThat(p.get("inversion").get("total_clp").asDouble())
                .isCloseTo(total, org.assertj.core.data.Offset.offset(0.5));
        assertThat(p.get("inversion").get("proyectos").asLong()).isPositive();
        JsonNode projection = p.get("poblacion").get("proyeccion");
        assertThat(projection.get("anio").asInt()).isEqualTo(2006);
        assertThat(projection.get("poblacion").asLong())
                .isEqualTo(valdivia.get("poblacion")
                                .get("proyeccion")
                                .get("poblacion")
                                .asLong()
                        + ranco.get("poblacion")
                                .get("proyeccion")
                                .get("poblacion")
                                .asLong());
        for (JsonNode year : p.get("inversion").get("por_anio")) {
            assertThat(year.get("poblacion").isNull()).as(year.toString()).isFalse();
        }
        assertThat(p.get("superficie").get("usada").asString()).isEqualTo("oficial");
        assertThat(p.get("superficie").get("oficial_km2").asDouble())
                .isCloseTo(
                        valdivia.get("superficie").get("oficial_km2").asDouble()
                                + ranco.get("superficie").get("oficial_km2").asDouble(),
                        org.assertj.core.data.Offset.offset(0.01));
        assertThat(http.get("/api/territories/105@..2001-01-01/profile").statusCode())
                .isEqualTo(404);
    }
}
