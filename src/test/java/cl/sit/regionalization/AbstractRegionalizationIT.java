package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Homogeneous territories over real HTTP, the same on H2GIS and PostGIS: SKATER on the communes of Los Ríos for
 * k = 2..6 (contiguous, every commune once, within-region sum of squares never growing), max-p above its floor,
 * the same regions on both stores, bounded inputs, missing values, downloads, and saving as custom territories.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractRegionalizationIT {

    /** Demography: population, growth, density and urban share. */
    static final String DEMOGRAPHY = """
            [{"id": "poblacion", "anio": 2024}, {"id": "crecimiento_poblacion", "desde": 2017, "hasta": 2024},
             {"id": "densidad", "anio": 2024}, {"id": "poblacion_urbana"}]""";
    /** Investment and conservation. */
    static final String INVESTMENT_AND_CONSERVATION = """
            [{"id": "inversion_per_capita", "desde": 2015, "hasta": 2026}, {"id": "areas_protegidas"},
             {"id": "sitios_prioritarios"}, {"id": "agenda21", "peso": 0.5}]""";

    static final String STAFF = "regiones-inversion";
    static final String PASSWORD = "clave-regiones";

    @LocalServerPort
    int port;

    @Autowired
    UnitStore units;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc.update("DELETE FROM custom_territory WHERE descripcion LIKE 'Territorio homogéneo%'");
        jdbc.update("DELETE FROM investment_unit_share WHERE nivel = 'personalizado' AND unidad LIKE 'th-%'");
        if (!users.exists(STAFF)) {
            users.create(STAFF, PASSWORD, List.of(Role.INVERSION));
        }
    }

    @Test
    void skaterOnLosRiosGivesContiguousRegionsWhoseSumOfSquaresNeverGrows() {
        UnitGraph graph = Contiguity.of(
                units.load("comunas", "14").units().stream().map(Unit::geometry).toList(), Contiguity.Rule.QUEEN, 2000);
        for (String variables : List.of(DEMOGRAPHY, INVESTMENT_AND_CONSERVATION)) {
            double previous = Double.MAX_VALUE;
            for (int k = 2; k <= 6; k++) {
                JsonNode doc = run(skater(variables, k));
                assertThat(doc.get("regiones_obtenidas").asInt()).isEqualTo(k);
                int[] label = new int[12];
                Set<String> seen = new HashSet<>();
                List<JsonNode> rows = new ArrayList<>();
                doc.get("asignacion").forEach(rows::add);
                assertThat(rows).hasSize(12);
                for (int i = 0; i < rows.size(); i++) {
                    assertThat(seen.add(rows.get(i).get("codigo").asString())).isTrue();
                    label[i] = rows.get(i).get("region").asInt() - 1;
                }
                assertThat(Partition.of(label).contiguous(graph)).as("k=" + k).isTrue();
                double ss = doc.get("calidad").get("ss_dentro").asDouble();
                assertThat(ss).as("k=" + k).isLessThanOrEqualTo(previous + 1e-9);
                previous = ss;
                System.out.println("REGIONES k=" + k + " " + summary(doc));
            }
        }
    }

    @Test
    void maxPKeepsEveryRegionAboveTheFloorAndIsReproducible() {
        String body = """
                {"metodo": "max-p", "variables": %s, "piso": {"id": "poblacion", "anio": 2024, "minimo": 40000},
                 "semilla": 7}""".formatted(DEMOGRAPHY);
        JsonNode doc = run(body);
        assertThat(doc.get("regiones_obtenidas").asInt()).isGreaterThanOrEqualTo(3);
        doc.get("regiones").forEach(r -> assertThat(r.get("piso").asDouble()).isGreaterThanOrEqualTo(40000));
        assertThat(run(body).get("asignacion")).isEqualTo(doc.get("asignacion"));
        System.out.println("REGIONES max-p " + summary(doc));
    }

    @Test
    void theRegionsAreTheSameOnBothStoresAndCorralNeighboursValdivia() {
        JsonNode doc = run(skater(DEMOGRAPHY, 4));
        List<String> regions = new ArrayList<>();
        doc.get("regiones")
                .forEach(r -> regions.add(String.join(
                        ",",
                        r.get("unidades").valueStream().map(JsonNode::asString).toList())));
        // The same on H2GIS and PostGIS: Valdivia alone, Lanco with Mariquina, Lago Ranco alone, the rest together.
        assertThat(regions)
                .containsExactly("14101", "14102,14104,14105,14107,14108,14201,14202,14204", "14103,14106", "14203");
        assertThat(doc.get("calidad").get("r2").asDouble()).isBetween(0.89, 0.91);
        UnitGraph graph = Contiguity.of(
                units.load("comunas", "14").units().stream().map(Unit::geometry).toList(), Contiguity.Rule.QUEEN, 2000);
        assertThat(graph.adjacent(0, 1))
                .as("Valdivia (14101) and Corral (14102)")
                .isTrue();
        assertThat(doc.get("vecindad").get("descripcion").asString()).contains("2000 m");
    }

    @Test
    void inputsAreBoundedAndMissingValuesAreReportedNeverZero() {
        checkError(post("{\"metodo\": \"skater\", \"variables\": " + DEMOGRAPHY + "}"), 400, "InvalidBody", "'k'");
        checkError(post(skater(DEMOGRAPHY, 31)), 400, "InvalidBody", "'k'");
        checkError(post(skater(DEMOGRAPHY, 12)), 400, "InvalidBody", "menor que el número de unidades");
        checkError(post(skater("[{\"id\": \"ingreso\"}]", 3)), 400, "InvalidBody", "variable desconocida");
        checkError(post(skater("[{\"id\": \"poblacion\", \"peso\": 0}]", 3)), 400, "InvalidBody", "peso");
        checkError(post("{\"metodo\": \"max-p\", \"variables\": " + DEMOGRAPHY + "}"), 400, "InvalidBody", "piso");
        checkError(
                post("{\"metodo\": \"skater\", \"k\": 3, \"color\": 1, \"variables\": " + DEMOGRAPHY + "}"),
                400,
                "InvalidBody",
                "color");
        String thirteen = "[" + String.join(",", java.util.Collections.nCopies(13, "{\"id\": \"poblacion\"}")) + "]";
        checkError(post(skater(thirteen, 3)), 400, "InvalidBody", "12");
        checkError(
                post("{\"metodo\": \"max-p\", \"variables\": " + DEMOGRAPHY
                        + ", \"piso\": {\"id\": \"poblacion\", \"minimo\": 1e9}}"),
                422,
                "FloorTooHigh",
                "piso");
        // The national scope has communes without population (only Los Ríos has INE figures loaded here).
        if (units.regions().size() > 1) {
            checkError(
                    post("{\"metodo\": \"skater\", \"k\": 3, \"ambito\": \"todas\", \"variables\": " + DEMOGRAPHY
                            + "}"),
                    422,
                    "MissingValues",
                    "faltantes");
        }
        // Census zones have no investment: refused, and their own variables work.
        checkError(
                post("{\"metodo\": \"skater\", \"k\": 3, \"unidades\": \"zonas-censales\", \"ambito\": "
                        + "\"14101\", \"variables\": " + INVESTMENT_AND_CONSERVATION + "}"),
                400,
                "InvalidBody",
                "zonas");
        JsonNode zones = run("{\"metodo\": \"skater\", \"k\": 5, \"unidades\": \"zonas-censales\", \"ambito\": "
                + "\"14101\", \"variables\": [{\"id\": \"densidad\"}, {\"id\": \"poblacion\"}]}");
        assertThat(zones.get("unidades").get("cantidad").asInt()).isEqualTo(44);
        assertThat(zones.get("regiones_obtenidas").asInt()).isEqualTo(5);
        System.out.println("REGIONES zonas " + summary(zones));
    }

    @Test
    void downloadsAndSavingAsTerritoriesThatWorkInIndicatorsAndProfiles() {
        JsonNode doc = run(skater(DEMOGRAPHY, 4));
        String id = doc.get("id").asString();
        assertThat(http.json("/api/regionalizations/" + id).get("asignacion")).isEqualTo(doc.get("asignacion"));
        HttpResponse<String> csv = http.get("/api/regionalizations/" + id + "?f=csv&formato=csv", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(13);
        assertThat(csv.body()).contains("14102,Corral,2,");
        HttpResponse<String> geo =
                http.get("/api/regionalizations/" + id + "?f=geojson&simplificar=0.001", "application/geo+json");
        assertThat(geo.statusCode()).isEqualTo(200);
        assertThat(Http.parse(geo.body()).get("features")).hasSize(4);
        assertThat(http.get("/api/regionalizations/no-existe").statusCode()).isEqualTo(404);
        JsonNode paths = http.json("/api?f=json").get("paths");
        assertThat(paths.has("/api/regionalizations")
                        && paths.has("/api/regionalizations/{id}")
                        && paths.has("/api/regionalizations/{id}/territorios"))
                .as("documented in the OpenAPI")
                .isTrue();

        String names =
                "{\"nombres\": [\"TH Valdivia\", \"TH Sur y lagos\", \"TH Lanco-Mariquina\", \"TH Lago Ranco\"]}";
        String path = "/api/regionalizations/" + id + "/territorios";
        assertThat(http.send("POST", path, names, "application/json", null).statusCode())
                .isEqualTo(401);
        checkError(
                http.send("POST", path, "{\"nombres\": [\"Uno\"]}", "application/json", STAFF + ":" + PASSWORD),
                400,
                "InvalidBody",
                "un nombre por región");
        HttpResponse<String> saved = http.send("POST", path, names, "application/json", STAFF + ":" + PASSWORD);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        JsonNode territories = Http.parse(saved.body());
        assertThat(territories).hasSize(4);
        assertThat(territories.get(1).get("codigo").asString()).isEqualTo("th-sur-y-lagos");
        assertThat(territories.get(1).get("comunas")).hasSize(8);
        JsonNode indicators = http.json("/api/indicators?level=custom");
        assertThat(indicators.get("filas").valueStream().map(r -> r.get("codigo")
                        .asString()))
                .contains("th-valdivia", "th-sur-y-lagos", "th-lanco-mariquina", "th-lago-ranco");
        assertThat(http.json("/api/territories/th-lanco-mariquina/profile").toString())
                .contains("Lanco");
        // Saving twice is a conflict and leaves nothing half done.
        assertThat(http.send("POST", path, names, "application/json", STAFF + ":" + PASSWORD)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void ageStructureOfTheCensus2017IsAVariable() {
        assertThat(jdbc.queryForObject("SELECT SUM(poblacion) FROM population_age WHERE cut LIKE '14%'", Long.class))
                .as("Censo 2017, Los Ríos")
                .isEqualTo(384_837L);
        assertThat(http.json("/api/regionalizations/variables")
                        .get("variables")
                        .valueStream()
                        .map(v -> v.get("id").asString()))
                .contains("poblacion_0_14", "poblacion_65_mas", "dependencia");
        JsonNode doc = run(skater("""
                [{"id": "poblacion_0_14"}, {"id": "poblacion_65_mas"}, {"id": "dependencia"}]""", 3));
        assertThat(doc.get("regiones_obtenidas").asInt()).isEqualTo(3);
        JsonNode valdivia = doc.get("asignacion").get(0);
        assertThat(valdivia.get("codigo").asString()).isEqualTo("14101");
        // 30,960 aged 0–14, 116,307 aged 15–64 and 18,813 aged 65+ of 166,080.
        assertThat(valdivia.get("valores").get("v1").asDouble()).isBetween(18.6415, 18.6417);
        assertThat(valdivia.get("valores").get("v2").asDouble()).isBetween(11.3276, 11.3278);
        assertThat(valdivia.get("valores").get("v3").asDouble()).isBetween(42.7944, 42.7946);
        assertThat(doc.get("variables").get(2).get("nombre").asString()).contains("dependencia");
        // Census zones have no ages.
        checkError(
                post("{\"metodo\": \"skater\", \"k\": 3, \"unidades\": \"zonas-censales\", \"ambito\": "
                        + "\"14101\", \"variables\": [{\"id\": \"dependencia\"}]}"),
                400,
                "InvalidBody",
                "zonas");
        System.out.println("REGIONES edades " + summary(doc));
    }

    HttpResponse<String> post(String body) {
        return http.send("POST", "/api/regionalizations", body, "application/json", null);
    }

    static void checkError(HttpResponse<String> r, int status, String code, String text) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("description").asString()).contains(text);
    }

    static String skater(String variables, int k) {
        return "{\"metodo\": \"skater\", \"k\": " + k + ", \"variables\": " + variables + "}";
    }

    JsonNode run(String body) {
        HttpResponse<String> r = http.send("POST", "/api/regionalizations", body, "application/json", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Http.parse(r.body());
    }

    /** One line per region: its communes, size and profile, and the quality figures. */
    static String summary(JsonNode doc) {
        StringBuilder s = new StringBuilder(doc.get("calidad").toString())
                .append(" ms=")
                .append(doc.get("milisegundos").asLong());
        doc.get("regiones").forEach(r -> s.append("\n  ")
                .append(r.get("numero").asInt())
                .append(": ")
                .append(r.get("nombres_unidades"))
                .append(" medias=")
                .append(r.get("medias"))
                .append(" pp=")
                .append(String.format(
                        java.util.Locale.ROOT, "%.3f", r.get("polsby_popper").asDouble()))
                .append(r.has("piso") ? " piso=" + r.get("piso").asDouble() : ""));
        return s.toString();
    }
}
