package cl.sit.shapefile;

import cl.sit.imports.FileRejected;
import cl.sit.imports.SafeZip;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads one ESRI shapefile layer from the files of an unpacked zip ({@link SafeZip#extract}): the
 * {@code .shp}, {@code .shx}, {@code .dbf} and {@code .prj} of one base name are required, the {@code .cpg}
 * is used when present. Attributes are read as {@link DbfReader} describes, in the encoding
 * {@link DbfCharset} finds; geometries are read by H2GIS and brought to EPSG:4326 by {@link SourceCrs}.
 * Records marked deleted in the {@code .dbf} are left out, so row numbers can skip.
 */
public final class ShapefileReader {

    private ShapefileReader() {}

    /**
     * @param files the unpacked files by lower-cased name, as {@link SafeZip#extract} returns them
     * @throws FileRejected when there is not exactly one {@code .shp}, a part is missing, a file is damaged,
     *     or the CRS is missing or unsupported
     */
    public static ShapefileContent read(Map<String, Path> files) {
        String base = layerName(files);
        Path shp = files.get(base + ".shp");
        Path shx = required(files, base, ".shx");
        Path dbf = required(files, base, ".dbf");
        Path prj = files.get(base + ".prj");
        if (prj == null) {
            throw new FileRejected("Falta el archivo " + base + ".prj: sin él no se sabe en qué sistema de "
                    + "coordenadas están las geometrías, y SIT no lo adivina. Exporte la capa desde QGIS "
                    + "(Exportar > Guardar objetos como, formato ESRI Shapefile) con su sistema de coordenadas y "
                    + "comprima juntos los archivos .shp, .shx, .dbf, .prj y .cpg.");
        }
        try {
            SourceCrs crs = SourceCrs.fromPrj(Files.readString(prj, StandardCharsets.ISO_8859_1));
            DbfReader table = new DbfReader(dbf);
            Charset charset = charset(table, files.get(base + ".cpg"));
            try (ShpGeometries shapes = new ShpGeometries(shp, shx)) {
                if (shapes.count() != table.recordCount()) {
                    throw new FileRejected("El archivo " + base + ".shp tiene " + shapes.count()
                            + " geometrías y " + base + ".dbf tiene " + table.recordCount()
                            + " filas: los archivos no son de la misma capa o están dañados.");
                }
                List<SourceField> fields = table.fields(charset);
                List<Row> rows = rows(table, charset, fields, shapes, crs);
                return new ShapefileContent(fields, rows, crs, charset.name(), shapes.geometryType());
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof FileRejected rejected) {
                throw rejected;
            }
            throw new FileRejected("No se pudo leer la capa " + base + ": el shapefile está dañado o no es válido.", e);
        }
    }

    private static List<Row> rows(
            DbfReader table, Charset charset, List<SourceField> fields, ShpGeometries shapes, SourceCrs crs)
            throws IOException {
        List<Row> rows = new ArrayList<>(table.recordCount());
        table.read(charset, (index, values) -> {
            Map<String, Object> properties = new LinkedHashMap<>();
            for (int f = 0; f < values.length; f++) {
                properties.put(fields.get(f).name(), values[f]);
            }
            Geometry wgs84 = crs.toWgs84(shapes.read(index));
            rows.add(new Row(index + 1, Collections.unmodifiableMap(properties), wgs84));
        });
        return Collections.unmodifiableList(rows);
    }

    /** The base name of the only {@code .shp}. */
    private static String layerName(Map<String, Path> files) {
        List<String> layers =
                files.keySet().stream().filter(k -> k.endsWith(".shp")).sorted().toList();
        if (layers.isEmpty()) {
            throw new FileRejected("El zip no contiene un archivo .shp. Suba un shapefile comprimido en zip "
                    + "(archivos .shp, .shx, .dbf y .prj de la capa).");
        }
        if (layers.size() > 1) {
            throw new FileRejected("El zip contiene " + layers.size() + " capas (" + String.join(", ", layers)
                    + "). Suba una sola capa por zip.");
        }
        String shp = layers.get(0);
        return shp.substring(0, shp.length() - ".shp".length());
    }

    private static Path required(Map<String, Path> files, String base, String extension) {
        return Optional.ofNullable(files.get(base + extension))
                .orElseThrow(() -> new FileRejected(
                        "Falta el archivo " + base + extension + " de la capa. Un shapefile son varios archivos con el "
                                + "mismo nombre (.shp, .shx, .dbf, .prj): comprímalos todos juntos en el zip."));
    }

    /** The {@code .cpg}'s encoding, else the language driver's, else UTF-8 when valid, else windows-1252. */
    private static Charset charset(DbfReader table, Path cpg) throws IOException {
        Optional<Charset> declared =
                cpg == null ? Optional.empty() : DbfCharset.fromCpg(Files.readString(cpg, StandardCharsets.ISO_8859_1));
        declared = declared.or(() -> DbfCharset.fromLanguageDriver(table.languageDriver()));
        if (declared.isPresent()) {
            return declared.get();
        }
        return table.isUtf8() ? StandardCharsets.UTF_8 : DbfCharset.WINDOWS_1252;
    }
}
