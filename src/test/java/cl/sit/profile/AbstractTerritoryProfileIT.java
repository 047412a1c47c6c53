package cl.sit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Territory profiles over real HTTP: {@code /api/territories/{code}/profile} (JSON and CSV),
 * {@code /api/territories/{code}/projects} and the HTML pages {@code /territorios}. Investment must agree with
 * {@code /api/indicators} for every level and a custom territory; conservation coverage of the communes must add
 * up to the region's. Runs on H2GIS and on PostGIS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractTerritoryProfileIT {

    static final String CUSTOM = "red-rural-perfil";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserStore users;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc.update("DELETE FROM custom_territory WHERE codigo = ?", CUSTOM);
        jdbc.update("DELETE FROM investment_unit_share WHERE unidad = ?", CUSTOM);
        if (!users.exists("inversion-perfil")) {
            users.create("inversion-perfil", "clave-inversion-perfil", List.of(Role.INVERSION));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "commune, 2003, 2026, programado",
        "commune, 2010, 2020, ejecutado",
        "province, 2005, 2025, programado",
        "region, 2003, 2026, ejecutado"
    })
    void investmentAgreesWithTheIndicators(String level, int from, int to, String amount) {
        JsonNode indicators =
                http.json("/api/indicators?level=" + level + "&from=" + from + "&to=" + to + "&amount=" + amount);
        for (JsonNode row : indicators.get("filas")) {
            JsonNode inv = http.json("/api/territories/" + row.get("codigo").asString() + "/profile?from=" + from
                            + "&to=" + to + "&amount=" + amount)
                    .get("inversion");
            String code = row.get("codigo").asString();
            assertThat(inv.get("total_clp").asDouble())
                    .as(code)
                    .isCloseTo(row.get("total_clp").asDouble(), withPercentage(1e-9));
            assertThat(inv.get("per_capita_clp").asDouble())
                    .as(code)
                    .isCloseTo(row.get("per_capita_clp").asDouble(), withPercentage(1e-9));
            assertThat(inv.get("por_km2_clp").asDouble())
                    .as(code)
                    .isCloseTo(row.get("por_km2_clp").asDouble(), withPercentage(1e-9));
            assertThat(inv.get("proyectos").asLong())
                    .as(code)
                    .isEqualTo(row.get("proyectos").asLong());
            assertThat(inv.get("monto").asString()).isEqualTo(amount);
            double years = 0;
            for (JsonNode y : inv.get("por_anio")) {
                assertThat(y.get("anio").asInt()).isBetween(from, to);
                years += y.get("clp").asDouble();
            }
            assertThat(years).isCloseTo(inv.get("total_clp").asDouble(), withPercentage(1e-9));
        }
    }

    @Test
    void aCommuneHasItsPopulationAreaAndContext() {
        JsonNode p = http.json("/api/territories/14101/profile?to=2024");
        assertThat(p.get("nombre").asString()).isEqualTo("Valdivia");
        assertThat(p.get("nivel").asString()).isEqualTo("comuna");
        assertThat(p.get("contexto").findValuesAsString("codigo")).containsExactly("14", "141");
        JsonNode census = http.json("/collections/poblacion/items?f=json&cut=14101&anio=2017&tipo=censo")
                .get("features")
                .get(0)
                .get("properties");
        assertThat(p.get("poblacion").get("censo_2017").get("poblacion").asLong())
                .isEqualTo(census.get("poblacion").asLong());
        JsonNode projection = p.get("poblacion").get("proyeccion");
        assertThat(projection.get("anio").asInt())
                .as("the projection of the period's last year")
                .isEqualTo(2024);
        assertThat(projection.get("fuente").asString()).contains("INE");
        assertThat(p.get("poblacion").get("densidad_hab_km2").asDouble())
                .isCloseTo(projection.get("poblacion").asDouble() / 1018.52, withPercentage(1e-9));
        // Density over SUBDERE's official surface; the geodesic area of the coverage is beside it.
        JsonNode surface = p.get("superficie");
        assertThat(surface.get("usada").asString()).isEqualTo("oficial");
        assertThat(surface.get("oficial_km2").asDouble()).isEqualTo(1018.52);
        assertThat(surface.get("fuente_oficial").asString()).contains("SUBDERE");
        assertThat(surface.get("geodesica_km2").asDouble())
                .isEqualTo(p.get("area_km2").asDouble());
        assertThat(surface.get("geometria").asString()).startsWith("Cobertura operativa sin vacíos");
        JsonNode commune = http.json("/collections/comunas/items/14101?f=json").get("properties");
        assertThat(p.get("area_km2").asDouble())
                .isEqualTo(commune.get("area_km2").asDouble());
        assertThat(p.get("comunas")).hasSize(1);
        assertThat(p.get("ilustrativo").asBoolean()).isTrue();
    }

    @Test
    void conservationCoverageOfTheCommunesAddsUpToTheRegion() {
        JsonNode region = http.json("/api/territories/14/profile").get("conservacion");
        for (String kind : List.of("areas_protegidas", "sitios_prioritarios")) {
            double communes = 0;
            for (JsonNode m : http.json("/api/territories/14/profile").get("comunas")) {
                JsonNode c = http.json("/api/territories/" + m.get("codigo").asString() + "/profile")
                        .get("conservacion")
                        .get(kind);
                assertThat(c.get("porcentaje").asDouble()).isBetween(0.0, 100.0);
                communes += c.get("area_km2").asDouble();
            }
            JsonNode r = region.get(kind);
            assertThat(r.get("area_km2").asDouble()).as(kind).isPositive().isCloseTo(communes, withPercentage(0.05));
            double parts = 0;
            for (JsonNode u : r.get("unidades")) {
                parts += u.get("area_km2").asDouble();
            }
            assertThat(parts)
                    .as("overlapping units counted once in the total")
                    .isGreaterThanOrEqualTo(r.get("area_km2").asDouble() * (1 - 1e-9));
        }
        // Valdivia: the Curiñanco priority site covers a large part of the commune.
        JsonNode valdivia =
                http.json("/api/territories/14101/profile").get("conservacion").get("sitios_prioritarios");
        assertThat(valdivia.get("unidades").findValuesAsString("nombre")).contains("Curiñanco");
        assertThat(valdivia.get("porcentaje").asDouble()).isBetween(10.0, 90.0);
    }

    @Test
    void topProjectsAreRankedByTheirAmountInTheTerritory() {
        JsonNode top = http.json("/api/territories/141/projects?limit=25&from=2003&to=2026");
        assertThat(top).hasSize(25);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode t : top) {
            double amount = t.get("monto_clp").asDouble();
            assertThat(amount).isLessThanOrEqualTo(previous);
            previous = amount;
            int id = t.get("id").asInt();
            double share = 0;
            for (JsonNode s :
                    http.json("/api/investments/" + id + "/territories").get("reparto")) {
                share += s.get("codigo").asString().startsWith("141")
                        ? s.get("proporcion").asDouble()
                        : 0;
            }
            assertThat(t.get("proporcion").asDouble()).as("project %d", id).isCloseTo(share, withPercentage(1e-9));
            double total = jdbc.queryForObject(
                    "SELECT SUM(programado_clp) FROM investment_amount WHERE project_id = ?", Double.class, id);
            assertThat(amount).isCloseTo(total * share, withPercentage(1e-9));
        }
        JsonNode profile = http.json("/api/territories/141/profile");
        assertThat(profile.get("proyectos_principales")).hasSize(10);
        assertThat(profile.get("proyectos_principales").get(0).get("id").asInt())
                .isEqualTo(top.get(0).get("id").asInt());
    }

    @Test
    void aCustomTerritoryHasAProfileLikeAnyOther() throws Exception {
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(http.base() + "/api/territories"))
                                .header("Content-Type", "application/json")
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("inversion-perfil:clave-inversion-perfil"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(
                                        HttpRequest.BodyPublishers.ofString(
                                                "{\"codigo\": \"" + CUSTOM + "\", \"nombre\": \"Red rural\","
                                                        + " \"comunas\": [\"14106\", \"14103\", \"14108\", \"14202\", \"14203\"]}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode p = http.json("/api/territories/" + CUSTOM + "/profile");
        assertThat(p.get("nivel").asString()).isEqualTo("personalizado");
        assertThat(p.get("comunas").findValuesAsString("codigo"))
                .containsExactly("14103", "14106", "14108", "14202", "14203");
        JsonNode row = null;
        for (JsonNode r : http.json("/api/indicators?level=custom").get("filas")) {
            row = r.get("codigo").asString().equals(CUSTOM) ? r : row;
        }
        assertThat(row).isNotNull();
        assertThat(p.get("inversion").get("total_clp").asDouble())
                .isCloseTo(row.get("total_clp").asDouble(), withPercentage(1e-9));
        assertThat(p.get("poblacion").get("proyeccion").get("poblacion").asLong())
                .isEqualTo(row.get("poblacion").asLong());
        double protectedKm2 = 0;
        for (JsonNode m : p.get("comunas")) {
            protectedKm2 += http.json("/api/territories/" + m.get("codigo").asString() + "/profile")
                    .get("conservacion")
                    .get("areas_protegidas")
                    .get("area_km2")
                    .asDouble();
        }
        assertThat(p.get("conservacion").get("areas_protegidas").get("area_km2").asDouble())
                .isCloseTo(protectedKm2, withPercentage(0.05));
        HttpResponse<String> page = http.get("/territorios/" + CUSTOM, "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Red rural", "Ficha de territorio personalizado");
    }

    @Test
    void theProfileAsCsv() throws Exception {
        HttpResponse<String> r = http.get("/api/territories/14101/profile?f=csv&formato=csv&from=2010&to=2012", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).contains("ficha-14101-2010-2012.csv");
        List<CSVRecord> records = new ArrayList<>(CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(r.body()))
                .getRecords());
        assertThat(records.get(0).toMap())
                .containsEntry("seccion", "territorio")
                .containsEntry("valor", "14101");
        JsonNode json = http.json("/api/territories/14101/profile?from=2010&to=2012");
        CSVRecord total = records.stream()
                .filter(c -> c.get("indicador").equals("total programado 2010-2012"))
                .findFirst()
                .orElseThrow();
        assertThat(Long.parseLong(total.get("valor")))
                .isEqualTo(Math.round(json.get("inversion").get("total_clp").asDouble()));
        assertThat(records.stream().filter(c -> c.get("seccion").equals("inversion_anual")))
                .hasSizeBetween(1, 3);

        HttpResponse<String> projects = http.get("/api/territories/14101/projects?f=csv&formato=csv&limit=3", "*/*");
        assertThat(projects.body()).startsWith("id,codigo_bip,nombre,programa");
        assertThat(projects.body().lines()).hasSize(4);
    }

    @Test
    void unknownTerritoriesAndBadParameters() {
        assertThat(status("/api/territories/99999/profile")).isEqualTo("404 TerritoryNotFound");
        assertThat(status("/api/territories/no-existe/profile")).isEqualTo("404 TerritoryNotFound");
        assertThat(status("/api/territories/99999/projects")).isEqualTo("404 TerritoryNotFound");
        assertThat(status("/api/territories/14101/profile?from=2020&to=2010")).isEqualTo("400 InvalidParameterValue");
        assertThat(status("/api/territories/14101/profile?amount=gastado")).isEqualTo("400 InvalidParameterValue");
        assertThat(status("/api/territories/14101/profile?limit=3")).isEqualTo("400 InvalidParameterValue");
        assertThat(status("/api/territories/14101/projects?limit=0")).isEqualTo("400 InvalidParameterValue");
        assertThat(status("/api/territories/14101/profile?f=xml")).isEqualTo("400 InvalidParameterValue");

        HttpResponse<String> page = http.get("/territorios/99999", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Territorio no encontrado", "99999");
    }

    @Test
    void theHtmlPages() {
        HttpResponse<String> index = http.get("/territorios", "text/html");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body())
                .contains(
                        "Fichas territoriales",
                        "Región de Los Ríos",
                        "Provincia de Ranco",
                        "/territorios/14101",
                        "/territorios/14204");
        HttpResponse<String> valdivia = http.get("/territorios/14101", "text/html");
        assertThat(valdivia.statusCode()).isEqualTo(200);
        assertThat(valdivia.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(valdivia.body())
                .contains(
                        "<h1>Valdivia</h1>",
                        "Descargar CSV",
                        "Censo 2017",
                        "166.080",
                        "Conservación",
                        "data-level=\"commune\"");
        assertThat(http.get("/territorios/14?from=2026&to=2003", "text/html").statusCode())
                .isEqualTo(400);
    }

    private String status(String path) {
        HttpResponse<String> r = http.get(path);
        return r.statusCode() + " " + Http.parse(r.body()).get("code").asString();
    }

    @Test
    void theFormerProvinciaDeValdiviaHasAPageThatSaysItIsNoLongerInForce() {
        for (String id : List.of("105@..2007-10-02", "105%40..2007-10-02")) {
            HttpResponse<String> page = http.get("/territorios/" + id + "?from=2003&to=2006", "text/html");
            assertThat(page.statusCode()).as(id).isEqualTo(200);
            assertThat(page.body())
                    .contains("Unidad vigente hasta el 01-10-2007")
                    .contains("/territorios/141\"")
                    .contains("/territorios/142\"")
                    .contains("14101")
                    .contains("14204");
        }
        assertThat(http.get("/territorios/141", "text/html").body()).doesNotContain("Unidad vigente hasta");
        // The map links the Región de Los Lagos of 2005 to its profile too.
        HttpResponse<String> region = http.get("/territorios/10%40..2007-10-02?from=2003&to=2006", "text/html");
        assertThat(region.statusCode()).isEqualTo(200);
        assertThat(region.body())
                .contains("Los Lagos (con la provincia de Valdivia)")
                .contains("Unidad vigente hasta el 01-10-2007");
    }
}
