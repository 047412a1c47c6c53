package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerRegistry;
import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
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
 * The map's investment endpoints besides its tiles: the filter form, the count under a filter, the projects near a
 * click and the search by name or BIP code, against the illustrative seed as {@code /items} gives it. Once per
 * store ({@link H2gisProjectMapIT}, {@link PostgisProjectMapIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractProjectMapIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerGenerations generations;

    @Autowired
    UserStore users;

    @Autowired
    MapWarmer warmer;

    @Autowired
    LayerRegistry registry;

    Http http;
    List<JsonNode> projects;

    @BeforeEach
    void load() {
        http = new Http(port);
        projects = new ArrayList<>();
        http.json("/collections/proyectos-inversion/items?f=json&limit=10000")
                .get("features")
                .forEach(projects::add);
    }

    @Test
    void theFormListsEachProgrammeWithItsCountAndTheYears() {
        JsonNode form = http.json("/api/investments/map/form");
        assertThat(form.get("total").asLong()).isEqualTo(projects.size());
        Map<String, Long> programmes = new TreeMap<>();
        form.at("/valores/programa")
                .forEach(v -> programmes.put(
                        v.get("valor").asString(), v.get("cantidad").asLong()));
        assertThat(programmes).containsEntry("FNDR", count(p -> is(p, "programa", "FNDR")));
        assertThat(programmes.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(projects.size());
        assertThat(form.get("primer_anio").asInt())
                .isEqualTo(projects.stream()
                        .mapToInt(p -> p.at("/properties/anio_inicio").asInt())
                        .min()
                        .orElseThrow());
        assertThat(form.at("/valores/etapa").size()).isPositive();
    }

    /**
     * The form and the unfiltered count are kept between requests (each reads every project): an import changes
     * them at once, and a hand delete followed by the generation bump the writers make does too.
     */
    @Test
    void theFormAndTheCountFollowAnImport() {
        long total = http.json("/api/investments/map/form").get("total").asLong();
        long shown = http.json("/api/investments/map/count").get("mostrados").asLong();
        assertThat(programmes(http.json("/api/investments/map/form"))).doesNotContainKey("Programa del mapa");
        if (!users.exists("mapa-inversion")) {
            users.create("mapa-inversion", "clave-mapa-inversion", List.of(Role.INVERSION));
        }
        String csv = "EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,"
                + "ANIO_FIN,LON,LAT,WKT\nMAPA-IT-1,Posta del mapa,Programa del mapa,Salud,diseño,FNDR,250000,14101,"
                + "2024,2026,-73.245000,-39.814000,\n";
        HttpResponse<String> imported =
                http.send("POST", "/api/investments/import", csv, "text/csv", "mapa-inversion:clave-mapa-inversion");
        try {
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            JsonNode form = http.json("/api/investments/map/form");
            assertThat(form.get("total").asLong()).isEqualTo(total + 1);
            assertThat(programmes(form)).containsEntry("Programa del mapa", 1L);
            assertThat(http.json("/api/investments/map/count").get("mostrados").asLong())
                    .isEqualTo(shown + 1);
        } finally {
            jdbc.update("DELETE FROM investment_project WHERE codigo_bip = 'MAPA-IT-1'");
            generations.bump(InvestmentWriter.LAYER_ID);
        }
        assertThat(http.json("/api/investments/map/form").get("total").asLong()).isEqualTo(total);
        assertThat(http.json("/api/investments/map/count").get("mostrados").asLong())
                .isEqualTo(shown);
    }

    /**
     * The map's first view is made ahead once per generation of the projects' layer: the compact tiles of every zoom
     * at which the communes fit in 64 tiles, then nothing until the projects change again (tiles kept for an older
     * generation are not served, so all are made again).
     */
    @Test
    void theMapsFirstViewIsMadeAheadOncePerChangeOfTheProjects() {
        generations.bump(InvestmentWriter.LAYER_ID);
        int first = warmer.look();
        assertThat(first).isGreaterThanOrEqualTo(11); // zoom 0 to 10 over Los Ríos, one tile or more each
        assertThat(warmer.look()).as("nothing changed").isEqualTo(-1);
        generations.bump(InvestmentWriter.LAYER_ID);
        assertThat(warmer.look()).isEqualTo(first);
        byte[] kept = http.bytes("/tiles/proyectos-inversion/0/0/0.mvt?compact=true", null)
                .body();
        assertThat(kept).isNotEmpty();
        generations.bump(InvestmentWriter.LAYER_ID);
        assertThat(http.bytes("/tiles/proyectos-inversion/0/0/0.mvt?compact=true", null)
                        .body())
                .as("the tile made ahead is the tile a visitor gets")
                .isEqualTo(kept);
    }

    /**
     * At start the other layers the map draws, and the communes' label points, are asked for once on loopback; every
     * one answers.
     */
    @Test
    void theMapsStartLayersAreAskedForOnce() {
        long expected = registry.all().stream()
                .filter(l -> l.defaultVisible() && !l.editable() && !l.id().equals(InvestmentWriter.LAYER_ID))
                .count();
        assertThat(expected).isGreaterThanOrEqualTo(3);
        assertThat(warmer.warmStartLayers(port))
                .as("the page, the collections, each layer and the label points")
                .isEqualTo((int) expected + 3);
    }

    /** The layer's extent is kept between requests (1,000,000 projects took 2.6 s) and follows its generation. */
    @Test
    void theCollectionsExtentFollowsTheProjects() {
        String path = "/collections/proyectos-inversion?f=json";
        double west = http.json(path).at("/extent/spatial/bbox/0/0").asDouble();
        assertThat(west).isGreaterThan(-74);
        Integer id = jdbc.queryForObject("SELECT MIN(id) FROM investment_project", Integer.class);
        byte[] geometry =
                jdbc.queryForObject("SELECT ST_AsBinary(geom) FROM investment_project WHERE id = ?", byte[].class, id);
        try {
            jdbc.update(
                    "UPDATE investment_project SET geom = ST_GeomFromText('POINT(-75.5 -39.8)', 4326) WHERE id = ?",
                    id);
            assertThat(http.json(path).at("/extent/spatial/bbox/0/0").asDouble())
                    .as("kept until the generation moves")
                    .isEqualTo(west);
            generations.bump(InvestmentWriter.LAYER_ID);
            assertThat(http.json(path).at("/extent/spatial/bbox/0/0").asDouble())
                    .isEqualTo(-75.5);
        } finally {
            jdbc.update("UPDATE investment_project SET geom = ST_GeomFromWKB(?, 4326) WHERE id = ?", geometry, id);
            generations.bump(InvestmentWriter.LAYER_ID);
        }
        assertThat(http.json(path).at("/extent/spatial/bbox/0/0").asDouble()).isEqualTo(west);
    }

    private static Map<String, Long> programmes(JsonNode form) {
        Map<String, Long> out = new TreeMap<>();
        form.at("/valores/programa")
                .forEach(v ->
                        out.put(v.get("valor").asString(), v.get("cantidad").asLong()));
        return out;
    }

    @Test
    void theCountFollowsTheFilter() {
        JsonNode all = http.json("/api/investments/map/count");
        assertThat(all.get("mostrados").asLong()).isEqualTo(projects.size());
        assertThat(all.get("puntos").asLong()).isEqualTo(count(p -> true, true));
        JsonNode some = http.json("/api/investments/map/count?programa=FNDR&sector=Transporte&from=2015&to=2020");
        Predicate<JsonNode> filter = p -> is(p, "programa", "FNDR")
                && is(p, "sector", "Transporte")
                && p.at("/properties/anio_fin").asInt() >= 2015
                && p.at("/properties/anio_inicio").asInt() <= 2020;
        assertThat(some.get("mostrados").asLong()).isEqualTo(count(filter)).isPositive();
        assertThat(some.get("total").asLong()).isEqualTo(projects.size());
        assertThat(some.get("puntos").asLong() + some.get("otros").asLong())
                .isEqualTo(some.get("mostrados").asLong());
    }

    @Test
    void aClickFindsThePointOrLineUnderItUnlessTheFilterHidesIt() {
        for (String type : List.of("Point", "LineString", "Polygon")) {
            JsonNode project = projects.stream()
                    .filter(f -> f.at("/geometry/type").asString().equals(type))
                    .findFirst()
                    .orElseThrow();
            JsonNode vertex = firstPosition(project.get("geometry"));
            String at = "/api/investments/at?lon=" + vertex.get(0).asDouble() + "&lat="
                    + vertex.get(1).asDouble() + "&zoom=16&tolerance_px=4";
            JsonNode found = http.json(at).get("proyectos");
            assertThat(found.size()).as(type).isBetween(1, 10);
            List<Integer> ids = new ArrayList<>();
            found.forEach(f -> ids.add(f.get("id").asInt()));
            assertThat(ids).as(type).contains(project.get("id").asInt());
            assertThat(found.get(0).get("nombre").asString()).isNotBlank();
            String programme = project.at("/properties/programa").asString();
            String other = programme.equals("FNDR") ? "FRIL" : "FNDR";
            List<Integer> filtered = new ArrayList<>();
            http.json(at + "&programa=" + other)
                    .get("proyectos")
                    .forEach(f -> filtered.add(f.get("id").asInt()));
            assertThat(filtered)
                    .as(type + " hidden by the filter")
                    .doesNotContain(project.get("id").asInt());
        }
        assertThat(http.json("/api/investments/at?lon=-70.0&lat=-20.0&zoom=12")
                        .get("proyectos")
                        .size())
                .isZero();
    }

    @Test
    void searchFindsByNameInAnyCaseOrAccentAndByBipCode() {
        JsonNode project = projects.stream()
                .filter(p -> p.at("/properties/codigo_bip").isString()
                        && p.at("/properties/nombre").asString().matches(".*[áéíóúñÁÉÍÓÚ].*"))
                .findFirst()
                .orElse(projects.stream()
                        .filter(p -> p.at("/properties/codigo_bip").isString())
                        .findFirst()
                        .orElseThrow());
        int id = project.get("id").asInt();
        String name = project.at("/properties/nombre").asString();
        String folded = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toUpperCase(java.util.Locale.ROOT);
        assertThat(ids("/api/investments/search?q=" + enc(folded))).contains(id);
        String bip = project.at("/properties/codigo_bip").asString();
        List<Integer> byCode = ids("/api/investments/search?q=" + enc(bip));
        assertThat(byCode).first().isEqualTo(id);
        http.json("/api/investments/search?q=" + enc(bip)).get("proyectos").forEach(p -> assertThat(
                        p.get("codigo_bip").asString())
                .as("a code that exists finds codes only")
                .startsWith(bip));
        assertThat(ids("/api/investments/search?limit=20&q=" + enc(bip.substring(0, bip.length() - 2))))
                .contains(id);
        JsonNode first = http.json("/api/investments/search?q=" + enc(bip))
                .get("proyectos")
                .get(0);
        assertThat(first.get("codigo_bip").asString()).isEqualTo(bip);
        assertThat(first.get("bbox").size()).isEqualTo(4);
        assertThat(ids("/api/investments/search?limit=3&q=a")).hasSize(3);
        assertThat(ids("/api/investments/search?q=" + enc("%"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/investments/search",
                "/api/investments/search?q=",
                "/api/investments/search?q=a&limit=21",
                "/api/investments/search?q=a&nope=1",
                "/api/investments/at?lon=-73&lat=-40",
                "/api/investments/at?lon=-73&lat=-40&zoom=30",
                "/api/investments/at?lon=-73&lat=-40&zoom=9&tolerance_px=500",
                "/api/investments/at?lon=-73&lat=-40&zoom=9&compact=true",
                "/api/investments/map/count?from=x",
                "/api/investments/map/count?nope=1",
                "/api/investments/map/form?programa=FNDR"
            })
    void badInputIsA400WithCodeAndDescription(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).startsWith("InvalidParameter");
        assertThat(error.get("description").asString()).isNotBlank();
    }

    @Test
    void aTooLongSearchIsA400() {
        assertThat(http.get("/api/investments/search?q=" + "a".repeat(101)).statusCode())
                .isEqualTo(400);
    }

    private List<Integer> ids(String path) {
        List<Integer> ids = new ArrayList<>();
        http.json(path).get("proyectos").forEach(f -> ids.add(f.get("id").asInt()));
        return ids;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static JsonNode firstPosition(JsonNode geometry) {
        JsonNode c = geometry.get("coordinates");
        while (c.get(0).isArray()) {
            c = c.get(0);
        }
        return c;
    }

    private long count(Predicate<JsonNode> filter) {
        return count(filter, false);
    }

    private long count(Predicate<JsonNode> filter, boolean pointsOnly) {
        return projects.stream()
                .filter(p -> !pointsOnly || p.at("/geometry/type").asString().endsWith("Point"))
                .filter(filter)
                .count();
    }

    private static boolean is(JsonNode feature, String field, String value) {
        return value.equals(feature.at("/properties/" + field).asString());
    }
}
