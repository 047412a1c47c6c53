package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.LayerRegistry;
import cl.sit.support.Ci;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Real cartography against the inside-commune rule, now that communes are a gap-free coverage (issue 12): BCN's
 * polygons left rivers and bays out, so 14 of the 87 INE urban census zones (as a Shapefile in UTM 18S), urban
 * limits over river water, a line drawn along the Río Valdivia and a point in Bahía de Corral were all refused.
 * Each now imports, into the commune it names.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractRealLayersIT {

    static final String ADMIN = "admin:clave-admin-de-prueba";
    private static final Path OGR2OGR = Path.of("/usr/bin/ogr2ogr");
    private static final Path DATA = Path.of("data/los-rios");

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
        clean();
    }

    @AfterEach
    void clean() {
        for (String[] layer : new String[][] {
            {"t12-zonas", "capa_t12_zonas"},
            {"t12-limites", "capa_t12_limites"},
            {"t12-hidro", "capa_t12_hidro"},
            {"t12-puntos", "capa_t12_puntos"}
        }) {
            jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", layer[0]);
            jdbc.update("DELETE FROM layer_status WHERE layer_id = ?", layer[0]);
            jdbc.update("DELETE FROM layer_generation WHERE layer_id = ?", layer[0]);
            jdbc.update("DELETE FROM layer WHERE id = ?", layer[0]);
            jdbc.execute("DROP TABLE IF EXISTS " + layer[1]);
        }
        registry.refresh();
    }

    @Test
    void all87UrbanCensusZonesImportAsAShapefileInUtm18s(@TempDir Path tmp) throws Exception {
        Ci.require(Files.isExecutable(OGR2OGR), "ogr2ogr (Debian gdal-bin)");
        Path shp = tmp.resolve("zonas").resolve("zonas.shp");
        Files.createDirectories(shp.getParent());
        Process p = new ProcessBuilder(
                        OGR2OGR.toString(),
                        "-f",
                        "ESRI Shapefile",
                        shp.toString(),
                        DATA.resolve("zonas_censales_urbanas_2017_los_rios.geojson")
                                .toString(),
                        "-t_srs",
                        "EPSG:32718",
                        "-select",
                        "geocodigo,comuna,cut",
                        "-lco",
                        "ENCODING=UTF-8")
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        createLayer("{\"id\":\"t12-zonas\",\"titulo\":\"Zonas censales\",\"tipo_geometria\":\"MultiPolygon\","
                + "\"atributos\":[{\"nombre\":\"geocodigo\",\"tipo\":\"string\",\"titulo\":\"Geocódigo\"},"
                + "{\"nombre\":\"comuna\",\"tipo\":\"string\",\"titulo\":\"Comuna\"}]}");

        // Each zone carries the commune INE gives it (property cut); SIT deduces the owner from the geometry and
        // refuses the feature if they differ, so a 201 also says every zone landed in its own commune.
        HttpResponse<String> r = http.upload(
                "/collections/t12-zonas/import",
                "archivo",
                "zonas.zip",
                AbstractLayerFilesIT.zipOf(shp.getParent()),
                ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM capa_t12_zonas", Integer.class))
                .isEqualTo(87);
        assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT cut) FROM capa_t12_zonas", Integer.class))
                .isEqualTo(12);
    }

    @Test
    void all20MinvuUrbanLimitsImportIntoTheirCommunes() throws Exception {
        createLayer("{\"id\":\"t12-limites\",\"titulo\":\"Límites urbanos\",\"tipo_geometria\":\"MultiPolygon\","
                + "\"atributos\":[{\"nombre\":\"nombre\",\"tipo\":\"string\",\"titulo\":\"Nombre\"},"
                + "{\"nombre\":\"comuna\",\"tipo\":\"string\",\"titulo\":\"Comuna\"},"
                + "{\"nombre\":\"administra\",\"tipo\":\"string\",\"titulo\":\"Administra\"},"
                + "{\"nombre\":\"area_km2\",\"tipo\":\"number\",\"titulo\":\"Área\"}]}");
        // The file as shipped, less the two properties whose names a Shapefile could not keep (over 10 characters).
        tools.jackson.databind.node.ObjectNode collection = (tools.jackson.databind.node.ObjectNode)
                Http.parse(Files.readString(DATA.resolve("limites_urbanos_prc_los_rios.geojson")));
        collection.get("features").forEach(f -> ((tools.jackson.databind.node.ObjectNode) f.get("properties"))
                .remove(java.util.List.of("instrumento", "diario_oficial_pub")));
        String file = collection.toString();
        HttpResponse<String> r =
                http.send("POST", "/collections/t12-limites/import", file, "application/geo+json", ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM capa_t12_limites", Integer.class))
                .isEqualTo(20);
    }

    /** Both lie in water BCN's polygons leave out; the coverage gives it to Valdivia and to Corral. */
    @Test
    void aLineAlongTheRioValdiviaAndAPointInBahiaDeCorralAreAcceptedForTheirCommunes() {
        for (String[] layer : new String[][] {{"t12-hidro", "MultiLineString"}, {"t12-puntos", "Point"}}) {
            createLayer("{\"id\":\"" + layer[0] + "\",\"titulo\":\"Hidrografía\",\"tipo_geometria\":\"" + layer[1]
                    + "\",\"atributos\":[{\"nombre\":\"nombre\",\"tipo\":\"string\",\"titulo\":\"Nombre\"}]}");
        }
        String line = "{\"type\":\"LineString\",\"coordinates\":[[-73.27544,-39.86750],[-73.27144,-39.86750],"
                + "[-73.26744,-39.86750]]}";
        String point = "{\"type\":\"Point\",\"coordinates\":[-73.36326,-39.87014]}";
        for (String g : new String[] {line, point}) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM commune_published WHERE ST_Intersects(geom, "
                                    + "ST_GeomFromText(?, 4326))",
                            Integer.class,
                            wkt(g)))
                    .as("outside every BCN polygon")
                    .isZero();
        }
        assertThat(create("t12-hidro", "Río Valdivia", line)).isEqualTo("14101");
        assertThat(create("t12-puntos", "Bahía de Corral", point)).isEqualTo("14102");

        // A commune code of before 2007 names today's commune: 10502 was Corral in the Región de Los Lagos.
        HttpResponse<String> old = http.send(
                "POST",
                "/collections/t12-puntos/items",
                "{\"type\":\"Feature\",\"properties\":{\"nombre\":\"Boya\",\"cut\":\"10502\"},\"geometry\":" + point
                        + "}",
                "application/geo+json",
                ADMIN);
        assertThat(old.statusCode()).as(old.body()).isEqualTo(201);
        HttpResponse<String> wrong = http.send(
                "POST",
                "/collections/t12-puntos/items",
                "{\"type\":\"Feature\",\"properties\":{\"nombre\":\"Boya\",\"cut\":\"10501\"},\"geometry\":" + point
                        + "}",
                "application/geo+json",
                ADMIN);
        assertThat(wrong.statusCode())
                .as("10501 was Valdivia, the point is in Corral")
                .isEqualTo(422);
    }

    private String create(String layer, String name, String geometry) {
        HttpResponse<String> r = http.send(
                "POST",
                "/collections/" + layer + "/items",
                "{\"type\":\"Feature\",\"properties\":{\"nombre\":\"" + name + "\"},\"geometry\":" + geometry + "}",
                "application/geo+json",
                ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode stored = Http.parse(
                http.send("GET", r.headers().firstValue("Location").orElseThrow() + "?f=json", null, null, ADMIN)
                        .body());
        return stored.at("/properties/cut").asString();
    }

    private static String wkt(String geoJson) {
        JsonNode g = Http.parse(geoJson);
        JsonNode c = g.get("coordinates");
        if (g.get("type").asString().equals("Point")) {
            return "POINT (" + c.get(0).asDouble() + " " + c.get(1).asDouble() + ")";
        }
        StringBuilder b = new StringBuilder("LINESTRING (");
        for (int i = 0; i < c.size(); i++) {
            b.append(i == 0 ? "" : ", ")
                    .append(c.get(i).get(0).asDouble())
                    .append(' ')
                    .append(c.get(i).get(1).asDouble());
        }
        return b.append(')').toString();
    }

    private void createLayer(String definition) {
        HttpResponse<String> r = http.send("POST", "/api/layers", definition, "application/json", ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    }
}
