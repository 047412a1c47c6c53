package cl.sit.shapefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.geometry.Geometries;
import cl.sit.imports.SafeZip;
import cl.sit.support.Ci;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ShapefileWriterTest {

    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    private static final List<FieldSpec> FIELDS = List.of(
            new FieldSpec("nombre", String.class),
            new FieldSpec("poblacion", Long.class),
            new FieldSpec("area_km2", Double.class),
            new FieldSpec("urbano", Boolean.class),
            new FieldSpec("desde", LocalDate.class));

    @TempDir
    Path tmp;

    @Test
    void roundTripsPolygonsWithAccentsAndNulls() throws ParseException {
        List<Row> rows = List.of(
                row(
                        1,
                        "MULTIPOLYGON (((-73.25 -39.82, -73.2 -39.82, -73.2 -39.78, -73.25 -39.78, -73.25 -39.82),"
                                + " (-73.23 -39.81, -73.22 -39.81, -73.22 -39.8, -73.23 -39.81)),"
                                + " ((-73.1 -39.9, -73.05 -39.9, -73.05 -39.85, -73.1 -39.9)))",
                        "Río Calle-Calle",
                        166080L,
                        1015.8,
                        true,
                        LocalDate.of(2017, 4, 19)),
                row(
                        2,
                        "POLYGON ((-72.43 -39.74, -72.42 -39.74, -72.42 -39.73, -72.43 -39.74))",
                        "Ñancul — «ñandú» 🦙",
                        -42L,
                        0.000123456789,
                        false,
                        LocalDate.of(1999, 12, 31)),
                row(
                        3,
                        "POLYGON ((-72.956 -39.66, -72.95 -39.66, -72.95 -39.65, -72.956 -39.66))",
                        "Máfil",
                        7_095_000_000_000L,
                        5.0,
                        null,
                        null),
                row(4, null, null, null, null, null, null),
                row(
                        5,
                        "POLYGON ((-72.1 -39.1, -72.0 -39.1, -72.0 -39.0, -72.1 -39.1))",
                        "",
                        Long.MIN_VALUE + 1,
                        1.0e10,
                        true,
                        LocalDate.of(2026, 1, 1)));

        ShapefileContent back = writeAndRead("límites", "MultiPolygon", FIELDS, rows);

        assertThat(back.crs().epsg()).isEqualTo(4326);
        assertThat(back.encoding()).isEqualTo("UTF-8");
        assertThat(back.geometryType()).isEqualTo("MultiPolygon");
        assertThat(back.fields())
                .extracting(SourceField::name)
                .containsExactly("nombre", "poblacion", "area_km2", "urbano", "desde");
        assertThat(back.rows()).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row expected = rows.get(i);
            Row actual = back.rows().get(i);
            assertThat(actual.number()).isEqualTo(i + 1);
            Map<String, Object> properties = new HashMap<>(expected.properties());
            if ("".equals(properties.get("nombre"))) {
                properties.put("nombre", null); // a DBF cannot tell "" from null
            }
            assertThat(actual.properties()).containsExactlyInAnyOrderEntriesOf(properties);
            assertSameGeometry(expected.geometryWgs84(), actual.geometryWgs84());
        }
    }

    @Test
    void roundTripsPointsAndLines() throws ParseException {
        List<FieldSpec> fields = List.of(new FieldSpec("nombre", String.class));
        List<Row> points = List.of(
                row("POINT (-73.245 -39.814)", "Valdivia"),
                row(null, "sin lugar"),
                row("POINT (-72.956 -39.66)", "Máfil"));
        ShapefileContent back = writeAndRead("puntos", "Point", fields, points);
        assertThat(back.geometryType()).isEqualTo("Point");
        for (int i = 0; i < points.size(); i++) {
            assertSameGeometry(points.get(i).geometryWgs84(), back.rows().get(i).geometryWgs84());
        }

        List<Row> lines = List.of(
                row("LINESTRING (-73.3 -39.8, -73.2 -39.85, -73.1 -39.8)", "Calle-Calle"),
                row("MULTILINESTRING ((-73 -39, -72.9 -39.1), (-72.8 -39.2, -72.7 -39.3, -72.6 -39.2))", "Cruces"));
        back = writeAndRead("rios", "MultiLineString", fields, lines);
        assertThat(back.geometryType()).isEqualTo("MultiLineString");
        for (int i = 0; i < lines.size(); i++) {
            assertSameGeometry(lines.get(i).geometryWgs84(), back.rows().get(i).geometryWgs84());
        }
    }

    @Test
    void writesAnEmptyLayer() {
        ShapefileContent back = writeAndRead("vacia", "MultiPolygon", FIELDS, List.of());
        assertThat(back.rows()).isEmpty();
        assertThat(back.fields()).hasSize(FIELDS.size());
    }

    /**
     * GDAL reads what SIT writes: geometry type, count, CRS, field types and values (GDAL 3.6 shows a DBF
     * logical as the text T/F). Skipped without ogrinfo, required in CI.
     */
    @Test
    void gdalReadsTheWrittenFiles() throws Exception {
        Ci.require(Files.isExecutable(OGRINFO), "ogrinfo (Debian gdal-bin)");
        List<Row> rows = List.of(
                row(
                        1,
                        "POLYGON ((-73.25 -39.82, -73.2 -39.82, -73.2 -39.78, -73.25 -39.82))",
                        "Río Bueno",
                        1L,
                        2.5,
                        true,
                        LocalDate.of(2020, 1, 2)),
                row(2, null, null, null, null, null, null),
                row(3, "MULTIPOLYGON (((-72 -39, -71.9 -39, -71.9 -38.9, -72 -39)))", "Ñancul", 3L, 4.0, false, null));
        Path zip = tmp.resolve("capa.zip");
        Files.write(zip, ShapefileWriter.writeZip("capa", "MultiPolygon", FIELDS, rows));
        String summary = run(OGRINFO.toString(), "-ro", "-al", "-so", "/vsizip/" + zip + "/capa.shp");
        assertThat(summary)
                .contains(
                        "Geometry: Polygon",
                        "Feature Count: 3",
                        "GEOGCRS[\"WGS 84\"",
                        "ID[\"EPSG\",4326]]",
                        "nombre: String (",
                        "poblacion: Integer",
                        "area_km2: Real (",
                        "urbano: String (1.0)",
                        "desde: Date (10.0)",
                        "Extent: (-73.250000, -39.820000) - (-71.900000, -38.900000)");
        String features = run(OGRINFO.toString(), "-ro", "-al", "/vsizip/" + zip + "/capa.shp");
        assertThat(features)
                .contains(
                        "nombre (String) = Río Bueno",
                        "nombre (String) = Ñancul",
                        "desde (Date) = 2020/01/02",
                        "urbano (String) = T",
                        "area_km2 (Real) = 4",
                        "nombre (String) = (null)",
                        "desde (Date) = (null)",
                        "poblacion (Integer) = (null)");
    }

    @Test
    void keepsFieldNamesShort() {
        List<FieldSpec> longName = List.of(new FieldSpec("poblacion_total", Long.class));
        assertThatThrownBy(() -> ShapefileWriter.writeZip("x", "Point", longName, List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("poblacion_total");
        List<FieldSpec> longInBytes = List.of(new FieldSpec("añoañoaño", Long.class));
        assertThatThrownBy(() -> ShapefileWriter.writeZip("x", "Point", longInBytes, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        List<FieldSpec> twice = List.of(new FieldSpec("nombre", String.class), new FieldSpec("NOMBRE", String.class));
        assertThatThrownBy(() -> ShapefileWriter.writeZip("x", "Point", twice, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsWhatCannotBeWritten() throws ParseException {
        List<FieldSpec> fields = List.of(new FieldSpec("nombre", String.class));
        assertThatThrownBy(() ->
                        ShapefileWriter.writeZip("x", "Point", List.of(new FieldSpec("n", Integer.class)), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShapefileWriter.writeZip("x", "GeometryCollection", fields, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShapefileWriter.writeZip("../x", "Point", fields, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        List<Row> line = List.of(row("LINESTRING (0 0, 1 1)", "a"));
        assertThatThrownBy(() -> ShapefileWriter.writeZip("x", "Point", fields, line))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Row 1");
        Geometry utm = new GeometryFactory(Geometries.FACTORY.getPrecisionModel(), 32719)
                .createPoint(new org.locationtech.jts.geom.Coordinate(136606, 5584258));
        assertThatThrownBy(() ->
                        ShapefileWriter.writeZip("x", "Point", fields, List.of(new Row(1, Map.of("nombre", "a"), utm))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SRID 32719");
        assertThatThrownBy(() ->
                        ShapefileWriter.writeZip("x", "Point", fields, List.of(new Row(1, Map.of("nombre", 3), null))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("field nombre");
    }

    @Test
    void cutsTextPastTheDbfLimitAtACharacterBoundary() {
        String longText = "ñ".repeat(200);
        Row row = new Row(1, Map.of("nombre", longText), null);
        ShapefileContent back =
                writeAndRead("largo", "Point", List.of(new FieldSpec("nombre", String.class)), List.of(row));
        assertThat((String) back.rows().get(0).properties().get("nombre")).isEqualTo("ñ".repeat(127));
    }

    private ShapefileContent writeAndRead(String name, String type, List<FieldSpec> fields, List<Row> rows) {
        byte[] zip = ShapefileWriter.writeZip(name, type, fields, rows);
        Path dir = tmp.resolve(name);
        Map<String, Path> files = SafeZip.extract(new ByteArrayInputStream(zip), dir, SafeZip.Limits.DEFAULT);
        assertThat(files).containsOnlyKeys(name + ".shp", name + ".shx", name + ".dbf", name + ".prj", name + ".cpg");
        return ShapefileReader.read(files);
    }

    /** Exactly the same coordinates, once both are normalised (shapefiles store shells clockwise). */
    private static void assertSameGeometry(Geometry expected, Geometry actual) {
        if (expected == null) {
            assertThat(actual).isNull();
            return;
        }
        assertThat(actual.getSRID()).isEqualTo(Geometries.SRID);
        Geometry e = expected.getNumGeometries() == 1 && !"Point".equals(expected.getGeometryType())
                ? expected.getGeometryN(0)
                : expected;
        Geometry a = actual.getNumGeometries() == 1 && !"Point".equals(actual.getGeometryType())
                ? actual.getGeometryN(0)
                : actual;
        assertThat(a.norm().equalsExact(e.norm(), 1e-9)).as("%s vs %s", a, e).isTrue();
    }

    private static Row row(String wkt, String nombre) throws ParseException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nombre", nombre);
        return new Row(0, p, wkt == null ? null : new WKTReader(Geometries.FACTORY).read(wkt));
    }

    private static Row row(
            int n, String wkt, String nombre, Long poblacion, Double area, Boolean urbano, LocalDate desde)
            throws ParseException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("nombre", nombre);
        p.put("poblacion", poblacion);
        p.put("area_km2", area);
        p.put("urbano", urbano);
        p.put("desde", desde);
        return new Row(n, p, wkt == null ? null : new WKTReader(Geometries.FACTORY).read(wkt));
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
