package cl.sit.shapefile;

import cl.sit.geometry.Geometries;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes a layer in EPSG:4326 as a zipped ESRI shapefile that QGIS, ArcGIS and GDAL open: {@code .shp},
 * {@code .shx}, {@code .dbf} (UTF-8, see {@link DbfWriter} for types and nulls), {@code .prj} (WGS 84 in ESRI
 * WKT, as GDAL writes it) and {@code .cpg} ({@code UTF-8}). Rows are written in iteration order (their
 * {@code number} is not used); a property missing from a row is null; null or empty geometries are null
 * shapes. Polygons and lines are written as the shapefile's multi-part shapes. Booleans are DBF logicals
 * ({@code T}/{@code F}), which {@link ShapefileReader} reads back as {@code Boolean} but GDAL 3.6 and so QGIS
 * show as text.
 */
public final class ShapefileWriter {

    /** The {@code .prj} of EPSG:4326, byte for byte what GDAL 3.6 writes. */
    static final String WGS84_PRJ = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\","
            + "6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    private static final Set<Class<?>> TYPES =
            Set.of(String.class, Long.class, Double.class, Boolean.class, LocalDate.class);

    private ShapefileWriter() {}

    /**
     * @param baseName the name of the files inside the zip ({@code rios} gives {@code rios.shp}, ...)
     * @param geometryType "Point", "MultiPoint", "LineString"/"MultiLineString" or "Polygon"/"MultiPolygon"
     * @param fields names of at most 10 characters (and 10 bytes in UTF-8), unique ignoring case
     * @param rows geometries in EPSG:4326 (SRID 4326 or 0) of the given type; values of the field types
     *     ({@code Long} and {@code Double} fields also take any {@code Number})
     * @return the zip's bytes
     * @throws IllegalArgumentException on a bad name, field, type, value or geometry (nothing is written)
     */
    public static byte[] writeZip(String baseName, String geometryType, List<FieldSpec> fields, Iterable<Row> rows) {
        checkBaseName(baseName);
        checkFields(fields);
        ShpWriter shp = new ShpWriter(ShpWriter.shapeType(geometryType));
        DbfWriter dbf = new DbfWriter(fields);
        int index = 0;
        for (Row row : rows) {
            index++;
            Geometry g = row.geometryWgs84();
            if (g != null
                    && !g.isEmpty()
                    && (!shp.accepts(g) || (g.getSRID() != 0 && g.getSRID() != Geometries.SRID))) {
                throw new IllegalArgumentException("Row " + index + ": a " + g.getGeometryType() + " with SRID "
                        + g.getSRID() + " cannot be written to a " + geometryType + " layer in EPSG:4326");
            }
            shp.add(g);
            dbf.add(values(fields, row, index));
        }
        return zip(baseName, shp, dbf);
    }

    private static Object[] values(List<FieldSpec> fields, Row row, int index) {
        Object[] values = new Object[fields.size()];
        for (int f = 0; f < values.length; f++) {
            FieldSpec field = fields.get(f);
            Object v = row.properties() == null ? null : row.properties().get(field.name());
            if (v instanceof Number n && !(v instanceof Long) && !(v instanceof Double)) {
                v = field.type() == Long.class ? (Object) n.longValue() : (Object) n.doubleValue();
            } else if (v instanceof Long n && field.type() == Double.class) {
                v = n.doubleValue();
            }
            if (v != null && !field.type().isInstance(v)) {
                throw new IllegalArgumentException("Row " + index + ", field " + field.name() + ": expected "
                        + field.type().getSimpleName() + ", got " + v.getClass().getSimpleName());
            }
            values[f] = v;
        }
        return values;
    }

    private static byte[] zip(String baseName, ShpWriter shp, DbfWriter dbf) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            entry(zip, baseName + ".shp", shp.shp());
            entry(zip, baseName + ".shx", shp.shx());
            entry(zip, baseName + ".dbf", dbf.bytes());
            entry(zip, baseName + ".prj", WGS84_PRJ.getBytes(StandardCharsets.US_ASCII));
            entry(zip, baseName + ".cpg", "UTF-8".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static void checkBaseName(String baseName) {
        if (baseName == null
                || baseName.isBlank()
                || baseName.contains("/")
                || baseName.contains("\\")
                || baseName.contains("..")
                || baseName.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Not a plain file name: " + baseName);
        }
    }

    private static void checkFields(List<FieldSpec> fields) {
        Set<String> names = new HashSet<>();
        for (FieldSpec f : fields) {
            String name = f.name();
            if (name == null
                    || name.isBlank()
                    || name.length() > 10
                    || name.getBytes(StandardCharsets.UTF_8).length > 10) {
                throw new IllegalArgumentException(
                        "A DBF field name has 1 to 10 characters (10 bytes in UTF-8): " + name);
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Repeated field name: " + name);
            }
            if (!TYPES.contains(f.type())) {
                throw new IllegalArgumentException("Unsupported type of field " + name + ": " + f.type());
            }
        }
    }
}
