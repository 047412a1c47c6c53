package cl.sit.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.geometry.Geometries;
import cl.sit.imports.FileRejected;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShapefileReaderTest {

    private static final List<SourceFeature> SOURCE = Fixtures.source();
    private static final String LAYER = "limites_urbanos";

    @TempDir
    Path tmp;

    /**
     * Every fixture, read back to EPSG:4326, against the GeoJSON GDAL wrote it from. Tolerances: four times
     * the largest difference measured (WGS 84 and SIRGAS UTM 2 µm, SAD69 0.25 mm, PSAD56 2.1 mm: a 2D datum
     * shift drops the ellipsoidal height, so GDAL's trip there and back is not exact).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "utf8-4326, 4326, UTF-8, 0",
        "utf8-32718, 32718, UTF-8, 0.001",
        "utf8-32719, 32719, UTF-8, 0.001",
        "utf8-5361, 5361, UTF-8, 0.001",
        "utf8-5362, 5362, UTF-8, 0.001",
        "utf8-9154, 9154, UTF-8, 0.001",
        "utf8-9155, 9155, UTF-8, 0.001",
        "utf8-24878, 24878, UTF-8, 0.01",
        "utf8-24879, 24879, UTF-8, 0.01",
        "utf8-29188, 29188, UTF-8, 0.001",
        "utf8-29189, 29189, UTF-8, 0.001",
        "utf8-29179, 29179, UTF-8, 0.001",
        "cp1252-cpg-32719, 32719, windows-1252, 0.001",
        "cp1252-ldid-32719, 32719, windows-1252, 0.001",
        "cp1252-bare-32719, 32719, windows-1252, 0.001",
        "utf8-bare-32719, 32719, UTF-8, 0.001",
    })
    void readsLikeTheGeoJsonSource(String fixture, int epsg, String encoding, double toleranceMetres) {
        ShapefileContent content = Fixtures.read(Fixtures.files(fixture), tmp);

        assertThat(content.crs().epsg()).isEqualTo(epsg);
        assertThat(content.encoding()).isEqualTo(encoding);
        assertThat(content.geometryType()).isEqualTo("MultiPolygon");
        assertThat(content.fields())
                .extracting(SourceField::name, SourceField::dbfType)
                .containsExactly(
                        fieldOf("nombre", "C"),
                        fieldOf("comuna", "C"),
                        fieldOf("cut", "N"),
                        fieldOf("instrument", "C"),
                        fieldOf("area_km2", "N"),
                        fieldOf("publicado", "D"),
                        fieldOf("cabecera", "N"));
        assertThat(content.rows()).hasSize(SOURCE.size());
        double max = 0;
        for (int i = 0; i < SOURCE.size(); i++) {
            Row row = content.rows().get(i);
            assertThat(row.number()).isEqualTo(i + 1);
            assertThat(row.properties()).containsExactlyEntriesOf(expectedProperties(SOURCE.get(i)));
            assertThat(row.geometryWgs84().getSRID()).isEqualTo(Geometries.SRID);
            assertThat(row.geometryWgs84().getFactory()).isSameAs(Geometries.FACTORY);
            max = Math.max(max, Fixtures.maxDistanceMetres(SOURCE.get(i).geometry(), row.geometryWgs84()));
        }
        assertThat(max).as("largest distance to the source (m)").isLessThanOrEqualTo(toleranceMetres);
        assertThat(content.rows())
                .extracting(r -> r.properties().get("nombre"))
                .contains(
                        "Límite urbano de Río Bueno",
                        "Límite urbano de La Unión",
                        "Límite urbano de Antilhué",
                        "Límite urbano de Máfil");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"nombres-utf8, UTF-8", "nombres-latin1, ISO-8859-1", "nombres-latin1-bare, windows-1252"})
    void readsSpanishNamesInUtf8AndLatin1(String fixture, String encoding) {
        ShapefileContent content = Fixtures.read(Fixtures.files(fixture), tmp);
        assertThat(content.encoding()).isEqualTo(encoding);
        assertThat(content.geometryType()).isEqualTo("Point");
        assertThat(content.rows())
                .extracting(r -> r.properties().get("nombre"))
                .containsExactly("Río Calle-Calle", "Ñancul", "Máfil");
        assertThat(content.rows())
                .extracting(r -> r.properties().get("tipo"))
                .containsExactly("río", "localidad", "localidad");
        assertThat(content.rows().get(1).geometryWgs84().toText()).isEqualTo("POINT (-72.43 -39.74)");
    }

    /** The names ArcGIS, QGIS and GDAL write in a {@code .cpg}, on a windows-1252 file and a UTF-8 one. */
    @ParameterizedTest
    @CsvSource({
        "cp1252-bare-32719, 1252, windows-1252",
        "cp1252-bare-32719, ANSI 1252, windows-1252",
        "cp1252-bare-32719, windows-1252, windows-1252",
        "cp1252-bare-32719, CP1252, windows-1252",
        "cp1252-bare-32719, ISO-8859-1, ISO-8859-1",
        "cp1252-bare-32719, 88591, ISO-8859-1",
        "cp1252-bare-32719, 8859_1, ISO-8859-1",
        "cp1252-bare-32719, ISO 88591, ISO-8859-1",
        "cp1252-bare-32719, no-existe, windows-1252",
        "utf8-bare-32719, UTF-8, UTF-8",
        "utf8-bare-32719, utf8, UTF-8",
        "utf8-bare-32719, 65001, UTF-8",
        "utf8-bare-32719, no-existe, UTF-8",
    })
    void honoursTheCpgFile(String fixture, String cpg, String encoding) {
        Map<String, byte[]> files = Fixtures.files(fixture);
        files.put(LAYER + ".cpg", (cpg + "\r\n").getBytes(StandardCharsets.US_ASCII));
        ShapefileContent content = Fixtures.read(files, tmp);
        assertThat(content.encoding()).isEqualTo(encoding);
        assertThat(content.rows().get(6).properties().get("nombre")).isEqualTo("Límite urbano de Máfil");
    }

    @Test
    void readsFilesInsideAFolderWhateverTheCase() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Fixtures.files("utf8-32719")
                .forEach((name, bytes) -> files.put(
                        "Capas QGIS/" + name.replace(LAYER, "Limites_Urbanos").toUpperCase(), bytes));
        ShapefileContent content = Fixtures.read(files, tmp);
        assertThat(content.rows()).hasSize(SOURCE.size());
    }

    @Test
    void leavesOutDeletedRecords() {
        Map<String, byte[]> files = Fixtures.files("utf8-4326");
        byte[] dbf = files.get(LAYER + ".dbf");
        int headerLength = (dbf[8] & 0xFF) | (dbf[9] & 0xFF) << 8;
        int recordLength = (dbf[10] & 0xFF) | (dbf[11] & 0xFF) << 8;
        dbf[headerLength + recordLength] = '*';
        ShapefileContent content = Fixtures.read(files, tmp);
        assertThat(content.rows()).extracting(Row::number).containsExactly(1, 3, 4, 5, 6, 7);
        assertThat(content.rows().get(1).properties().get("nombre")).isEqualTo("Límite urbano de La Unión");
    }

    @Test
    void namesTheRecordAndFieldOfAnInvalidDate() {
        Map<String, byte[]> files = Fixtures.files("utf8-4326");
        byte[] dbf = files.get(LAYER + ".dbf");
        String text = new String(dbf, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("20221017");
        System.arraycopy("20221317".getBytes(StandardCharsets.US_ASCII), 0, dbf, at, 8);
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("El registro 6 de limites_urbanos.dbf")
                .hasMessageContaining("campo 'publicado': '20221317'");
    }

    @Test
    void asksForTheMissingPrj() {
        Map<String, byte[]> files = Fixtures.files("utf8-32719");
        files.remove(LAYER + ".prj");
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("Falta el archivo limites_urbanos.prj")
                .hasMessageContaining("sistema de coordenadas")
                .hasMessageContaining("QGIS");
    }

    @ParameterizedTest
    @ValueSource(strings = {".shx", ".dbf"})
    void namesAMissingPart(String extension) {
        Map<String, byte[]> files = Fixtures.files("utf8-32719");
        files.remove(LAYER + extension);
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("Falta el archivo limites_urbanos" + extension);
    }

    @Test
    void asksForAShapefileWhenThereIsNone() {
        Map<String, byte[]> files = Map.of("limites.geojson", "{}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("no contiene un archivo .shp");
    }

    @Test
    void wantsOneLayerPerZip() {
        Map<String, byte[]> files = Fixtures.files("utf8-32719");
        files.putAll(Fixtures.files("nombres-utf8"));
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("2 capas (limites_urbanos.shp, nombres.shp)")
                .hasMessageContaining("una sola capa por zip");
    }

    @Test
    void rejectsAnUnsupportedCrsNamingIt() {
        Map<String, byte[]> files = Fixtures.files("utf8-32719");
        files.put(
                LAYER + ".prj",
                ("PROJCS[\"WGS_1984_UTM_Zone_18N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                                + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                                + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"False_Easting\",500000.0],"
                                + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",-75.0],"
                                + "PARAMETER[\"Scale_Factor\",0.9996],PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]")
                        .getBytes(StandardCharsets.US_ASCII));
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("«WGS_1984_UTM_Zone_18N»")
                .hasMessageContaining("SAD69 (EPSG:4618, 29188, 29189)");
    }

    @Test
    void rejectsAPrjThatDoesNotMatchTheCoordinates() {
        Map<String, byte[]> files = Fixtures.files("utf8-32719");
        files.put(LAYER + ".prj", Fixtures.files("utf8-4326").get(LAYER + ".prj"));
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("no corresponde a las coordenadas");
    }

    @Test
    void rejectsADbfOfAnotherLayer() {
        Map<String, byte[]> files = Fixtures.files("utf8-4326");
        files.put(LAYER + ".dbf", Fixtures.files("nombres-utf8").get("nombres.dbf"));
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("tiene 7 geometrías y limites_urbanos.dbf tiene 3 filas");
    }

    @ParameterizedTest
    @ValueSource(strings = {".shp", ".shx", ".dbf"})
    void rejectsATruncatedFile(String extension) {
        Map<String, byte[]> files = Fixtures.files("utf8-32719");
        byte[] whole = files.get(LAYER + extension);
        files.put(LAYER + extension, Arrays.copyOf(whole, whole.length / 3));
        assertThatThrownBy(() -> Fixtures.read(files, tmp))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("dañad");
    }

    /** GeoJSON types as the DBF gives them back: integers as Long, booleans as GDAL's 1/0, dates parsed. */
    private static Map<String, Object> expectedProperties(SourceFeature feature) {
        Map<String, Object> p = feature.properties();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("nombre", p.get("nombre"));
        expected.put("comuna", p.get("comuna"));
        expected.put("cut", ((Number) p.get("cut")).longValue());
        expected.put("instrument", p.get("instrument"));
        expected.put("area_km2", ((Number) p.get("area_km2")).doubleValue());
        expected.put("publicado", p.get("publicado") == null ? null : LocalDate.parse((String) p.get("publicado")));
        expected.put("cabecera", Boolean.TRUE.equals(p.get("cabecera")) ? 1L : 0L);
        return expected;
    }

    private static Tuple fieldOf(String name, String type) {
        return Tuple.tuple(name, type);
    }
}
