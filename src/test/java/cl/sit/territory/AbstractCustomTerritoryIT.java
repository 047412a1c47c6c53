package cl.sit.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Who may write, and custom territories used in indicators like any other level. Real HTTP: HTTP Basic for
 * API clients, the form login with its CSRF token for the browser.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractCustomTerritoryIT {

    static final String RURAL_NETWORK = """
            {"nombre": "Red rural Mariquina-Lanco-Panguipulli-Futrono-Lago Ranco",
             "comunas": ["14106", "14103", "14108", "14202", "14203"]}""";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        // Each test starts with no custom territory (the PostGIS test database outlives a run).
        jdbc.update("DELETE FROM custom_territory");
        jdbc.update("DELETE FROM investment_unit_share WHERE nivel = 'personalizado'");
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip LIKE '491000%'");
        if (!users.exists("inversion1")) {
            users.create("inversion1", "clave-inversion", List.of(Role.INVERSION));
            users.create("editor1", "clave-editor", List.of(Role.EDITOR));
        }
    }

    @Test
    void anonymousAndWrongCredentialsGet401AndEditorsGet403() throws Exception {
        HttpResponse<String> anonymous = post("/api/territories", RURAL_NETWORK, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Basic");
        assertThat(Http.parse(anonymous.body()).get("code").asString()).isEqualTo("Unauthorized");
        assertThat(post("/api/territories", RURAL_NETWORK, basic("inversion1", "mala"))
                        .statusCode())
                .isEqualTo(401);
        HttpResponse<String> editor = post("/api/territories", RURAL_NETWORK, basic("editor1", "clave-editor"));
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(Http.parse(editor.body()).get("code").asString()).isEqualTo("Forbidden");
        assertThat(http.json("/api/territories").size()).isZero();
    }

    @Test
    void investmentStaffCreateATerritoryOfCommunesThatWorksInIndicators() throws Exception {
        HttpResponse<String> created = post(
                "/api/territories",
                RURAL_NETWORK.replace("Red rural", "Red rural A"),
                basic("inversion1", "clave-inversion"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/api/territories/red-rural-a-mariquina-lanco-panguipulli");
        JsonNode territory = http.json(location);
        assertThat(territory.get("tipo").asString()).isEqualTo("comunas");
        assertThat(territory.get("comunas")).hasSize(5);
        assertThat(territory.get("creado_por").asString()).isEqualTo("inversion1");

        JsonNode communes = http.json("/api/indicators?level=commune");
        Map<String, Double> communeTotals = totals(communes);
        JsonNode custom = row(
                http.json("/api/indicators?level=custom"),
                territory.get("codigo").asString());
        List<String> members = List.of("14106", "14103", "14108", "14202", "14203");
        double expected = members.stream().mapToDouble(communeTotals::get).sum();
        double area = members.stream()
                .mapToDouble(c -> row(communes, c).get("area_km2").asDouble())
                .sum();
        assertThat(custom.get("total_clp").asDouble()).isCloseTo(expected, withPercentage(1e-9));
        assertThat(custom.get("nivel").asString()).isEqualTo("personalizado");
        assertThat(custom.get("poblacion").asLong()).isPositive();
        assertThat(custom.get("area_km2").asDouble()).isCloseTo(area, withPercentage(1e-9));
    }

    @Test
    void aCodeFreedByARemovedTerritoryCanBeCreatedAgain() throws Exception {
        // A territory removed with its row only (as an administrator would in SQL) leaves its memberships behind;
        // creating the same code again once failed with 422 on their primary key (seen in CI).
        String body = RURAL_NETWORK.replace("{", "{\"codigo\": \"red-rural-de-nuevo\",");
        assertThat(post("/api/territories", body, basic("inversion1", "clave-inversion"))
                        .statusCode())
                .isEqualTo(201);
        double total = row(http.json("/api/indicators?level=custom"), "red-rural-de-nuevo")
                .get("total_clp")
                .asDouble();
        jdbc.update("DELETE FROM custom_territory WHERE codigo = 'red-rural-de-nuevo'");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_unit_share WHERE unidad = 'red-rural-de-nuevo'",
                        Integer.class))
                .isPositive();

        HttpResponse<String> again = post("/api/territories", body, basic("inversion1", "clave-inversion"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(row(http.json("/api/indicators?level=custom"), "red-rural-de-nuevo")
                        .get("total_clp")
                        .asDouble())
                .isCloseTo(total, withPercentage(1e-9));
    }

    @Test
    void aDrawnZoneOverTheVertexCapIsRefusedBeforeAnyWork() throws Exception {
        // 100,001 positions (the default cap is 100,000): a valid ring over the lower Valdivia river.
        StringBuilder ring = new StringBuilder();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            ring.append(String.format(
                    java.util.Locale.ROOT, "[%.7f,%.7f],", -73.30 + 0.05 * Math.cos(a), -39.85 + 0.05 * Math.sin(a)));
        }
        ring.append(String.format(java.util.Locale.ROOT, "[%.7f,%.7f]", -73.25, -39.85));
        String body =
                "{\"nombre\":\"Zona enorme\",\"geometria\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}";
        long start = System.nanoTime();
        HttpResponse<String> r = post("/api/territories", body, basic("inversion1", "clave-inversion"));
        assertThat(status(r)).as(r.body()).isEqualTo("422 TooManyVertices");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
        assertThat(http.json("/api/territories").size()).isZero();
    }

    @Test
    void aDrawnZoneCountsProjectsByTheirPartInsideItNotByCommuneAreaWeights() throws Exception {
        // A box over Valdivia's city. Three projects of 2024: a point inside, a road along a meridian half inside
        // (it crosses the box's southern edge at its middle), a point outside the box in the same commune.
        String projects = """
                EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,ANIO_FIN,LON,LAT,WKT
                49100001-1,Sede dentro de la zona,FRIL,Deportes,ejecución,1000,14101,2024,2024,-73.25,-39.80,
                49100002-2,Camino mitad dentro,FNDR,Transporte,ejecución,2000,14101,2024,2024,,,"LINESTRING (-73.25 -39.90, -73.25 -39.80)"
                49100003-3,Sede fuera de la zona,FRIL,Deportes,ejecución,4000,14101,2024,2024,-73.36,-39.80,
                """;
        String zone = """
                {"codigo": "%s", "nombre": "%s",
                 "geometria": {"type": "Polygon", "coordinates": [[[-73.30, -39.85], [-73.20, -39.85], [-73.20, -39.75],
                 [-73.30, -39.75], [-73.30, -39.85]]]}}""";
        HttpResponse<String> before = post(
                "/api/territories", zone.formatted("zona-antes", "Zona antes"), basic("inversion1", "clave-inversion"));
        assertThat(before.statusCode()).as(before.body()).isEqualTo(201);
        HttpResponse<String> imported =
                post("/api/investments/import", projects, basic("inversion1", "clave-inversion"), "text/csv");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        // The same zone drawn after the projects exist: created territories and written projects agree.
        HttpResponse<String> after = post(
                "/api/territories",
                zone.formatted("zona-despues", "Zona después"),
                basic("inversion1", "clave-inversion"));
        assertThat(after.statusCode()).as(after.body()).isEqualTo(201);

        for (String code : List.of("zona-antes", "zona-despues")) {
            Map<String, Double> share = new HashMap<>();
            http.json("/api/territories/" + code + "/projects?from=2024&to=2024&limit=1000")
                    .forEach(p -> share.put(
                            p.get("codigo_bip") == null
                                    ? ""
                                    : p.get("codigo_bip").asString(),
                            p.get("proporcion").asDouble()));
            assertThat(share.get("49100001-1")).as(code).isEqualTo(1.0);
            assertThat(share.get("49100002-2")).as(code).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.002));
            assertThat(share).as(code).doesNotContainKey("49100003-3");
            // The profile counts what lies in the zone, so its alerts and totals are about the zone.
            JsonNode profile = http.json("/api/territories/" + code + "/profile?from=2024&to=2024");
            assertThat(profile.toString()).doesNotContain("Sede fuera de la zona");
            java.util.Set<Integer> inZone = new java.util.HashSet<>();
            http.json("/api/territories/" + code + "/projects?from=1900&to=2100&limit=1000")
                    .forEach(p -> inZone.add(p.get("id").asInt()));
            JsonNode screening = http.json("/api/screening?margen_m=5000&limit=10000&territorio=" + code);
            screening.get("filas").forEach(r -> assertThat(inZone)
                    .as("screened")
                    .contains(r.get("id").asInt()));
            JsonNode overlaps = http.json("/api/overlaps?limit=10000&territorio=" + code);
            overlaps.get("pares").forEach(p -> assertThat(List.of(
                            p.get("a").get("id").asInt(), p.get("b").get("id").asInt()))
                    .as("pair")
                    .containsAnyElementsOf(inZone));
        }
        // Indicators of the custom level use the same shares: the three projects add 1000 + 0.5 × 2000 (thousands of
        // pesos).
        JsonNode withThem = row(http.json("/api/indicators?level=custom&from=2024&to=2024"), "zona-despues");
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip LIKE '491000%'");
        JsonNode without = row(http.json("/api/indicators?level=custom&from=2024&to=2024"), "zona-despues");
        double added =
                withThem.get("total_clp").asDouble() - without.get("total_clp").asDouble();
        assertThat(added).isCloseTo(2_000_000.0, withPercentage(0.2));
    }

    @Test
    void theExportFiltersByAnyTerritoryAndRefusesAnUnknownOne() throws Exception {
        HttpResponse<String> created = post(
                "/api/territories",
                RURAL_NETWORK.replace("Red rural", "Red rural E"),
                basic("inversion1", "clave-inversion"));
        String code = Http.parse(created.body()).get("codigo").asString();
        List<String> members = List.of("14106", "14103", "14108", "14202", "14203");
        java.util.Set<String> expected = new java.util.TreeSet<>();
        for (String cut : members) {
            expected.addAll(exportedIds("comuna=" + cut));
        }
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(exportedIds("comuna=" + code)).isEqualTo(expected);
        assertThat(exportedIds("territorio=" + code)).isEqualTo(expected);
        // A province and a former unit are territories too.
        java.util.Set<String> province = new java.util.TreeSet<>();
        for (String cut : List.of("14101", "14102", "14103", "14104", "14105", "14106", "14107", "14108")) {
            province.addAll(exportedIds("comuna=" + cut));
        }
        assertThat(exportedIds("territorio=141")).isEqualTo(province);
        assertThat(exportedIds("territorio=105@..2007-10-02")).containsAll(province);
        HttpResponse<String> unknown = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        http.base() + "/api/investments/export?f=csv&formato=csv&comuna=no-existe"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(status(unknown)).isEqualTo("400 UnknownTerritory");
        assertThat(Http.parse(unknown.body()).get("description").asString())
                .contains("no-existe", "territorio personalizado");
    }

    /** The ids of the projects the CSV export lists with a filter. */
    private java.util.Set<String> exportedIds(String filter) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(
                                        URI.create(http.base() + "/api/investments/export?f=csv&formato=csv&" + filter))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(filter + ": " + r.body()).isEqualTo(200);
        java.util.Set<String> ids = new java.util.TreeSet<>();
        r.body().lines().skip(1).forEach(line -> ids.add(line.substring(0, line.indexOf(','))));
        return ids;
    }

    @Test
    void badTerritoriesAreRejectedAndNothingIsWritten() throws Exception {
        String auth = basic("inversion1", "clave-inversion");
        assertThat(status(post("/api/territories", "{\"comunas\": [\"14101\"]}", auth)))
                .isEqualTo("400 InvalidBody");
        assertThat(status(post("/api/territories", "{\"nombre\": \"x\"}", auth)))
                .isEqualTo("400 InvalidBody");
        assertThat(status(post("/api/territories", "{no es json", auth))).isEqualTo("400 InvalidBody");
        assertThat(status(post("/api/territories", "{\"nombre\": \"Malo\", \"comunas\": [\"99999\"]}", auth)))
                .isEqualTo("422 UnknownCommune");
        String bowtie = "{\"nombre\": \"Moño\", \"geometria\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[-73.3, -39.9], [-73.1, -39.7], [-73.1, -39.9], [-73.3, -39.7], [-73.3, -39.9]]]}}";
        HttpResponse<String> invalid = post("/api/territories", bowtie, auth);
        assertThat(status(invalid)).isEqualTo("422 InvalidGeometry");
        assertThat(Http.parse(invalid.body()).get("description").asString()).contains("(-73.2");
        String sea = "{\"nombre\": \"Mar\", \"geometria\": {\"type\": \"Polygon\", \"coordinates\": "
                + "[[[-75, -40], [-74.5, -40], [-74.5, -39.5], [-75, -39.5], [-75, -40]]]}}";
        assertThat(status(post("/api/territories", sea, auth))).isEqualTo("422 OutsideCommunes");
        assertThat(status(post(
                        "/api/territories",
                        "{\"codigo\": \"14101\", \"nombre\": \"X\", \"comunas\": [\"14101\"]}",
                        auth)))
                .isEqualTo("400 InvalidCode");
        String twice = "{\"codigo\": \"dos-veces\", \"nombre\": \"Dos veces\", \"comunas\": [\"14101\"]}";
        assertThat(post("/api/territories", twice, auth).statusCode()).isEqualTo(201);
        assertThat(status(post("/api/territories", twice, auth))).isEqualTo("409 DuplicateCode");
        assertThat(http.json("/api/territories").toString()).doesNotContain("Moño", "\"Mar\"", "Malo");
    }

    @Test
    void aCodeThatIsAPageUnderTerritoriosIsRefused() throws Exception {
        String auth = basic("inversion1", "clave-inversion");
        // Every literal page route under /territorios/ is a reserved code.
        List<String> pages = routes.getHandlerMethods().keySet().stream()
                .flatMap(info -> info.getPatternValues().stream())
                .filter(p -> p.startsWith("/territorios/") && !p.contains("{"))
                .map(p -> p.substring("/territorios/".length()))
                .toList();
        assertThat(pages).contains("homogeneos");
        assertThat(CustomTerritories.PAGE_CODES).containsAll(pages);
        HttpResponse<String> given = post(
                "/api/territories",
                "{\"codigo\": \"homogeneos\", \"nombre\": \"Mis homogéneos\", \"comunas\": [\"14101\"]}",
                auth);
        assertThat(status(given)).isEqualTo("409 ReservedCode");
        assertThat(Http.parse(given.body()).get("description").asString()).contains("/territorios/homogeneos");
        // Also when the code would come from the name.
        assertThat(status(post("/api/territories", "{\"nombre\": \"Homogéneos\", \"comunas\": [\"14101\"]}", auth)))
                .isEqualTo("409 ReservedCode");
        assertThat(http.json("/api/territories").toString()).doesNotContain("homogeneos");
        assertThat(post("/api/territories", "{\"nombre\": \"Homogéneos del sur\", \"comunas\": [\"14101\"]}", auth)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void browserSessionNeedsTheCsrfToken() throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String loginPage = browser.send(
                        HttpRequest.newBuilder(URI.create(http.base() + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(loginPage).contains("Ingresar a SIT", "Contraseña");
        String csrf = loginPage.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        HttpResponse<String> login = browser.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "username=inversion1&password=clave-inversion&_csrf=" + csrf))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String body = "{\"codigo\": \"desde-navegador\", \"nombre\": \"Desde el navegador\", \"comunas\": [\"14102\"]}";
        HttpResponse<String> withoutToken = browser.send(json(body).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withoutToken.statusCode()).isEqualTo(403);
        String token = ((CookieManager) browser.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .filter(c -> c.getName().equals("XSRF-TOKEN"))
                        .findFirst()
                        .orElseThrow()
                        .getValue();
        HttpResponse<String> withToken =
                browser.send(json(body).header("X-XSRF-TOKEN", token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    private HttpRequest.Builder json(String body) {
        return HttpRequest.newBuilder(URI.create(http.base() + "/api/territories"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private HttpResponse<String> post(String path, String body, String authorization) throws Exception {
        return post(path, body, authorization, "application/json");
    }

    private HttpResponse<String> post(String path, String body, String authorization, String type) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Content-Type", type)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String status(HttpResponse<String> r) {
        return r.statusCode() + " " + Http.parse(r.body()).get("code").asString();
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Double> totals(JsonNode document) {
        Map<String, Double> out = new HashMap<>();
        document.get("filas")
                .forEach(r ->
                        out.put(r.get("codigo").asString(), r.get("total_clp").asDouble()));
        return out;
    }

    private static JsonNode row(JsonNode document, String code) {
        for (JsonNode r : document.get("filas")) {
            if (r.get("codigo").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code + " in " + document);
    }
}
