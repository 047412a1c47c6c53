package cl.sit.shapefile;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.imports.SafeZip;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The shapefile fixtures of {@code src/test/resources/files} (see the README there): zipped in memory,
 * unpacked with {@link SafeZip}, read with {@link ShapefileReader}, and compared with their GeoJSON source.
 */
final class Fixtures {

    static final Path DIR = Path.of("src/test/resources/files");

    private Fixtures() {}

    /** The files of fixture {@code name} (a folder), by file name. */
    static Map<String, byte[]> files(String name) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> list = Files.list(DIR.resolve(name))) {
            for (Path p : list.sorted().toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A zip of {@code files} (name to content). */
    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Zips, unpacks and reads {@code files} as an upload would be. */
    static ShapefileContent read(Map<String, byte[]> files, Path tmp) {
        Map<String, Path> unpacked = SafeZip.extract(new ByteArrayInputStream(zip(files)), tmp, SafeZip.Limits.DEFAULT);
        return ShapefileReader.read(unpacked);
    }

    /** The features of the GeoJSON source of every fixture. */
    static List<SourceFeature> source() {
        try (InputStream in = Files.newInputStream(DIR.resolve("limites_urbanos.geojson"))) {
            return GeoJsonReader.readFeatures(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The largest distance in metres between matching vertices of two lon/lat geometries of the same shape,
     * after normalising both (shapefiles store shells clockwise); fails on a different shape.
     */
    static double maxDistanceMetres(Geometry expected, Geometry actual) {
        Geometry e = multi(expected).norm();
        Geometry a = multi(actual).norm();
        if (!e.getGeometryType().equals(a.getGeometryType()) || e.getNumPoints() != a.getNumPoints()) {
            throw new AssertionError("Different shapes: " + e.getGeometryType() + "/" + e.getNumPoints() + " and "
                    + a.getGeometryType() + "/" + a.getNumPoints());
        }
        Coordinate[] ec = e.getCoordinates();
        Coordinate[] ac = a.getCoordinates();
        double max = 0;
        for (int i = 0; i < ec.length; i++) {
            max = Math.max(max, metres(ec[i], ac[i]));
        }
        return max;
    }

    private static Geometry multi(Geometry g) {
        return g instanceof Polygon p ? g.getFactory().createMultiPolygon(new Polygon[] {p}) : g;
    }

    /** Distance on a sphere of radius 6,371 km: good to 0.5 % at these distances. */
    static double metres(Coordinate a, Coordinate b) {
        double dy = Math.toRadians(b.y - a.y);
        double dx = Math.toRadians(b.x - a.x) * Math.cos(Math.toRadians((a.y + b.y) / 2));
        return 6_371_000 * Math.hypot(dx, dy);
    }
}
