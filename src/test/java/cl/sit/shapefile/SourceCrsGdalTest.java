package cl.sit.shapefile;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.support.Ci;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * SIT's reading of each fixture against GDAL's reading of the same files ({@code ogr2ogr -t_srs EPSG:4326},
 * the reverse direction of the one that wrote them). The tolerances are the differences measured with GDAL
 * 3.6.2 / PROJ 9.1.1 and explained in {@link SourceCrs}. Skipped without ogr2ogr, required in CI.
 */
class SourceCrsGdalTest {

    private static final Path OGR2OGR = Path.of("/usr/bin/ogr2ogr");

    @TempDir
    Path tmp;

    @BeforeAll
    static void requireGdal() {
        Ci.require(Files.isExecutable(OGR2OGR), "ogr2ogr (Debian gdal-bin)");
    }

    @ParameterizedTest(name = "{0}: within {1} m of GDAL")
    @CsvSource({
        "utf8-4326, 0.001",
        "utf8-32718, 0.001",
        "utf8-32719, 0.001",
        "utf8-5361, 0.001",
        "utf8-5362, 0.001",
        "utf8-9154, 0.001",
        "utf8-9155, 0.001",
        "utf8-24878, 0.001",
        "utf8-24879, 0.001",
        // PROJ 9.1 reads SAD69 back with SAD69 to WGS 84 (16), a transformation for Brazil: 2.70 m measured.
        "utf8-29188, 3.0",
        "utf8-29189, 3.0",
        "utf8-29179, 3.0",
    })
    void agreesWithGdal(String fixture, double toleranceMetres) throws Exception {
        List<Row> ours =
                Fixtures.read(Fixtures.files(fixture), tmp.resolve("zip")).rows();
        List<SourceFeature> gdal = ogr2ogrToWgs84(Fixtures.DIR.resolve(fixture).resolve("limites_urbanos.shp"));
        assertThat(ours).hasSameSizeAs(gdal);
        double max = 0;
        for (int i = 0; i < ours.size(); i++) {
            max = Math.max(
                    max,
                    Fixtures.maxDistanceMetres(
                            gdal.get(i).geometry(), ours.get(i).geometryWgs84()));
        }
        System.out.printf("%s: largest difference with GDAL %.6f m%n", fixture, max);
        assertThat(max).as("largest difference with GDAL (m)").isLessThanOrEqualTo(toleranceMetres);
    }

    private List<SourceFeature> ogr2ogrToWgs84(Path shp) throws Exception {
        Path out = tmp.resolve("gdal.geojson");
        Process p = new ProcessBuilder(
                        OGR2OGR.toString(),
                        "-f",
                        "GeoJSON",
                        out.toString(),
                        shp.toString(),
                        "-t_srs",
                        "EPSG:4326",
                        "-lco",
                        "RFC7946=NO",
                        "-lco",
                        "COORDINATE_PRECISION=12")
                .redirectErrorStream(true)
                .start();
        String log = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        return GeoJsonReader.readFeatures(new ByteArrayInputStream(Files.readAllBytes(out)));
    }
}
