package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Layers and their files, over real HTTP on both stores: admins create layers from templates, a layer exported
 * as a Shapefile imports unchanged, a PSAD56 Shapefile is reprojected from its {@code .prj}, and bad or partly
 * bad files are refused whole.
 */
abstract class AbstractLayerFilesIT extends EditingItBase {

    @Test
    void adminsCreateLayersFromTemplatesAsTypedTables() {
        HttpResponse<String> r = http.send(
                "POST",
                "/api/layers",
                "{\"plantilla\":\"a21-residuos\",\"id\":\"t4-residuos-rurales\",\"titulo\":\"Residuos rurales\"}",
                "application/json",
                ADMIN);
        try {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(http.json("/collections/t4-residuos-rurales")
                            .get("title")
                            .asString())
                    .isEqualTo("Residuos rurales");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM capa_t4_residuos_rurales", Integer.class))
                    .isZero();
            assertThat(send(
                                    "POST",
                                    "/collections/t4-residuos-rurales/items",
                                    CORRAL_EDITOR,
                                    waste(-73.390, -39.984, "Punto limpio"),
                                    null)
                            .statusCode())
                    .isEqualTo(201);
            assertThat(http.send(
                                    "POST",
                                    "/api/layers",
                                    "{\"id\":\"t4-x\",\"titulo\":\"X\",\"tipo_geometria\":\"Point\","
                                            + "\"atributos\":[{\"nombre\":\"nombre_demasiado_largo\",\"tipo\":\"string\",\"titulo\":\"N\"}]}",
                                    "application/json",
                                    ADMIN)
                            .statusCode())
                    .isEqualTo(422);
            assertThat(http.send(
                                    "POST",
                                    "/api/layers",
                                    "{\"plantilla\":\"a21-residuos\",\"id\":\"t4-y\",\"titulo\":\"Y\"}",
                                    "application/json",
                                    CORRAL_EDITOR)
                            .statusCode())
                    .isEqualTo(403);
        } finally {
            dropLayer("t4-residuos-rurales", "capa_t4_residuos_rurales");
        }
    }

    @Test
    void aLayerExportedAsShapefileImportsIntoANewLayerUnchanged() throws Exception {
        created(
                ADMIN,
                LAND_USE,
                "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\",\"subuso\":"
                        + "\"Renoval de roble-raulí y ñirre\",\"anio\":2024,\"obs\":\"N° 1\"},\"geometry\":{\"type\":"
                        + "\"Polygon\",\"coordinates\":" + CORRAL_SQUARE + "}}");
        created(
                ADMIN,
                LAND_USE,
                "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Áreas urbanas e industriales\"},"
                        + "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[" + VALDIVIA_SQUARE + ","
                        + "[[[-73.078,-39.866],[-73.0765,-39.866],[-73.0765,-39.8645],[-73.078,-39.866]]]]}}");
        HttpResponse<byte[]> zip = http.bytes("/collections/" + LAND_USE + "/export?formato=shapefile", ADMIN);
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("a21-uso-suelo.zip");
        assertThat(zipEntries(zip.body()))
                .containsExactlyInAnyOrder(
                        "a21-uso-suelo.shp",
                        "a21-uso-suelo.shx",
                        "a21-uso-suelo.dbf",
                        "a21-uso-suelo.prj",
                        "a21-uso-suelo.cpg");
        // A layer of mixed geometry becomes one Shapefile per kind; a layer without geometry has none.
        assertThat(zipEntries(http.bytes("/collections/proyectos-inversion/export?formato=shapefile", null)
                        .body()))
                .contains(
                        "proyectos-inversion_puntos.shp",
                        "proyectos-inversion_lineas.shp",
                        "proyectos-inversion_poligonos.shp");
        assertThat(http.get("/collections/poblacion/export?formato=shapefile").statusCode())
                .isEqualTo(422);
        // Drafts are not exported to anonymous users.
        assertThat(http.bytes("/collections/" + LAND_USE + "/export?formato=geojson", null)
                        .body())
                .asString()
                .doesNotContain("Feature\"");
        try {
            assertThat(http.send(
                                    "POST",
                                    "/api/layers",
                                    "{\"plantilla\":\"a21-uso-suelo\",\"id\":\"t4-uso-copia\",\"titulo\":\"Copia\"}",
                                    "application/json",
                                    ADMIN)
                            .statusCode())
                    .isEqualTo(201);
            HttpResponse<String> imported =
                    http.upload("/collections/t4-uso-copia/import", "archivo", "a21-uso-suelo.zip", zip.body(), ADMIN);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            assertThat(Http.parse(imported.body()).get("creados").asInt()).isEqualTo(2);
            JsonNode original = features(LAND_USE);
            JsonNode copy = features("t4-uso-copia");
            assertThat(copy.size()).isEqualTo(original.size());
            for (int i = 0; i < original.size(); i++) {
                assertThat(copy.get(i).get("geometry"))
                        .isEqualTo(original.get(i).get("geometry"));
                assertThat(copy.get(i).get("properties"))
                        .isEqualTo(original.get(i).get("properties"));
            }
        } finally {
            dropLayer("t4-uso-copia", "capa_t4_uso_copia");
        }
    }

    @Test
    void aShapefileInPsad56WrittenByGdalIsReprojectedFromItsPrj() throws Exception {
        java.nio.file.Path ogr2ogr = java.nio.file.Path.of("/usr/bin/ogr2ogr");
        cl.sit.support.Ci.require(java.nio.file.Files.isExecutable(ogr2ogr), "ogr2ogr (Debian gdal-bin)");
        // A QGIS user's file: GDAL writes it in PSAD56 / UTM 18S (EPSG:24878), Latin-1 text, with its .prj.
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sit-psad56-");
        String source = "{\"type\":\"FeatureCollection\",\"features\":["
                + landUse(CORRAL_SQUARE, "Humedales")
                        .replace("\"anio\":2024", "\"anio\":2024,\"subuso\":\"Ñadi de Chaihuín\"")
                + ","
                + landUse(VALDIVIA_SQUARE, "Bosques") + "]}";
        java.nio.file.Files.writeString(dir.resolve("fuente.geojson"), source);
        Process p = new ProcessBuilder(
                        ogr2ogr.toString(),
                        "-f",
                        "ESRI Shapefile",
                        "-t_srs",
                        "EPSG:24878",
                        "-lco",
                        "ENCODING=ISO-8859-1",
                        dir.resolve("uso.shp").toString(),
                        dir.resolve("fuente.geojson").toString())
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(log).isZero();
        java.nio.file.Files.delete(dir.resolve("fuente.geojson"));
        assertThat(java.nio.file.Files.readString(dir.resolve("uso.prj"))).contains("PSAD");

        HttpResponse<String> r =
                http.upload("/collections/" + LAND_USE + "/import", "archivo", "uso.zip", zipOf(dir), ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode stored = features(LAND_USE);
        assertThat(stored.size()).isEqualTo(2);
        JsonNode corral =
                stored.get(0).at("/properties/cut").asString().equals("14102") ? stored.get(0) : stored.get(1);
        assertThat(corral.at("/properties/subuso").asString()).isEqualTo("Ñadi de Chaihuín");
        assertThat(corral.at("/properties/uso").asString()).isEqualTo("Humedales");
        // Back to WGS84 with the same Chilean PSAD56 shift GDAL used: within 1 cm (1e-7 degrees).
        double[] expected = flatten(Http.parse("{\"coordinates\":[" + CORRAL_SQUARE + "]}"));
        double[] actual = flatten(corral.get("geometry"));
        assertThat(actual.length).isEqualTo(expected.length);
        for (int i = 0; i < actual.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(1e-7));
        }
    }

    @Test
    void realUrbanLimitsOverRiverWaterImportAndBadZipsAreRefusedWhole() throws Exception {
        String layer = "{\"id\":\"t4-limites\",\"titulo\":\"Límites\",\"tipo_geometria\":\"MultiPolygon\","
                + "\"atributos\":[{\"nombre\":\"nombre\",\"tipo\":\"string\",\"titulo\":\"Nombre\"},"
                + "{\"nombre\":\"comuna\",\"tipo\":\"string\",\"titulo\":\"Comuna\"},"
                + "{\"nombre\":\"instrument\",\"tipo\":\"string\",\"titulo\":\"Instrumento\"},"
                + "{\"nombre\":\"area_km2\",\"tipo\":\"number\",\"titulo\":\"Área\"},"
                + "{\"nombre\":\"publicado\",\"tipo\":\"date\",\"titulo\":\"Publicado\"},"
                + "{\"nombre\":\"cabecera\",\"tipo\":\"boolean\",\"titulo\":\"Cabecera\"}]}";
        try {
            assertThat(http.send("POST", "/api/layers", layer, "application/json", ADMIN)
                            .statusCode())
                    .isEqualTo(201);
            // Seven MINVU urban limits in PSAD56 / UTM 18S. Two reach over river water that BCN's commune polygons
            // leave out (they were refused before the gap-free coverage, issue 12); the coverage holds that water.
            HttpResponse<String> r = http.upload(
                    "/collections/t4-limites/import",
                    "archivo",
                    "limites.zip",
                    zipOf(java.nio.file.Path.of("src/test/resources/files/utf8-24878")),
                    ADMIN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM capa_t4_limites", Integer.class))
                    .isEqualTo(7);
            jdbc.update("DELETE FROM capa_t4_limites");
            jdbc.update("DELETE FROM feature_history WHERE layer_id = 't4-limites'");

            // A zip-slip name and a file that is not a zip are refused whole.
            java.io.ByteArrayOutputStream evil = new java.io.ByteArrayOutputStream();
            try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(evil)) {
                z.putNextEntry(new java.util.zip.ZipEntry("../../evil.shp"));
                z.write(new byte[] {1, 2, 3});
                z.closeEntry();
            }
            HttpResponse<String> slip =
                    http.upload("/collections/t4-limites/import", "archivo", "evil.zip", evil.toByteArray(), ADMIN);
            assertThat(slip.statusCode()).isEqualTo(422);
            assertThat(Http.parse(slip.body()).get("code").asString()).isEqualTo("InvalidFile");
            assertThat(http.upload("/collections/t4-limites/import", "archivo", "x.zip", "no es zip".getBytes(), ADMIN)
                            .statusCode())
                    .isEqualTo(422);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM capa_t4_limites", Integer.class))
                    .isZero();
            assertThat(historyRows()).isZero();
        } finally {
            dropLayer("t4-limites", "capa_t4_limites");
        }
    }

    JsonNode features(String layer) {
        JsonNode all = Http.parse(http.send("GET", "/collections/" + layer + "/items?limit=1000", null, null, ADMIN)
                        .body())
                .get("features");
        List<JsonNode> sorted = new ArrayList<>();
        all.forEach(sorted::add);
        sorted.sort(java.util.Comparator.comparing(f -> f.get("properties").toString()));
        var array = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        sorted.forEach(f -> array.add(stripIds(f)));
        return array;
    }

    private static JsonNode stripIds(JsonNode f) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) f.deepCopy();
        copy.remove("id");
        copy.remove("links");
        return copy;
    }

    static double[] flatten(JsonNode geometry) {
        List<Double> out = new ArrayList<>();
        collect(geometry.get("coordinates"), out);
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static void collect(JsonNode node, List<Double> out) {
        if (node.isNumber()) {
            out.add(node.asDouble());
        } else {
            node.forEach(n -> collect(n, out));
        }
    }

    static List<String> zipEntries(byte[] zip) throws java.io.IOException {
        List<String> names = new ArrayList<>();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }

    static byte[] zipOf(java.nio.file.Path dir) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out);
                java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path f : files.toList()) {
                z.putNextEntry(new java.util.zip.ZipEntry("capa/" + f.getFileName()));
                z.write(java.nio.file.Files.readAllBytes(f));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    void dropLayer(String id, String table) {
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", id);
        jdbc.update("DELETE FROM layer_status WHERE layer_id = ?", id);
        jdbc.update("DELETE FROM layer WHERE id = ?", id);
        jdbc.execute("DROP TABLE IF EXISTS " + table);
        registry.refresh();
    }
}
