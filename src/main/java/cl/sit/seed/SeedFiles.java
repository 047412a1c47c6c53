package cl.sit.seed;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the files shipped under {@code data/} (on the class path as {@code seed/}). */
public final class SeedFiles {

    private SeedFiles() {}

    /** Features of a GeoJSON file, e.g. {@code los-rios/comunas_los_rios_bcn.geojson}. */
    public static List<SourceFeature> features(String path) {
        try (InputStream in = open(path)) {
            return GeoJsonReader.readFeatures(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + path, e);
        }
    }

    /** Records of a UTF-8 CSV file with a header row. */
    public static List<CSVRecord> csv(String path) {
        try (InputStream in = open(path)) {
            CSVFormat format = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get();
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read seed file " + path, e);
        }
    }

    private static InputStream open(String path) throws IOException {
        InputStream in = SeedFiles.class.getClassLoader().getResourceAsStream("seed/" + path);
        if (in == null) {
            throw new IOException("Seed file not found on the class path: seed/" + path);
        }
        return in;
    }
}
