package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Ci;
import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A real GIS client against the running application: GDAL's OAPIF driver ({@code ogrinfo}, Debian gdal-bin)
 * must list every collection and read every feature. Skipped without ogrinfo, required in CI.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OgrInfoIT {

    private static final Path OGRINFO = Path.of("/usr/bin/ogrinfo");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @BeforeAll
    static void requireGdal() {
        Ci.require(Files.isExecutable(OGRINFO), "ogrinfo (Debian gdal-bin)");
    }

    @Test
    void listsEveryCollection() throws Exception {
        String out = ogrinfo("-ro", "-so", "OAPIF:http://localhost:" + port + "/");
        for (String id : AbstractOgcApiContractIT.COLLECTIONS) {
            assertThat(out).contains(": " + id + " (title: ");
        }
    }

    @Test
    void readsEveryFeatureOfEveryCollection() throws Exception {
        Http http = new Http(port);
        for (String id : AbstractOgcApiContractIT.COLLECTIONS) {
            int expected = http.json("/collections/" + id + "/items?limit=1")
                    .get("numberMatched")
                    .asInt();
            String summary = ogrinfo("-ro", "-so", "OAPIF:http://localhost:" + port + "/", id);
            Matcher count = Pattern.compile("Feature Count: (\\d+)").matcher(summary);
            assertThat(count.find()).as(summary).isTrue();
            assertThat(Integer.parseInt(count.group(1))).as(id).isEqualTo(expected);
            String all = ogrinfo("-ro", "OAPIF:http://localhost:" + port + "/", id);
            int read = 0;
            for (int i = all.indexOf("OGRFeature(" + id + "):");
                    i >= 0;
                    i = all.indexOf("OGRFeature(" + id + "):", i + 1)) {
                read++;
            }
            assertThat(read).as("features of %s read by ogrinfo", id).isEqualTo(expected);
        }
    }

    @Test
    void takesAttributeTypesFromTheGmlSchema() throws Exception {
        String projects = ogrinfo("-ro", "-so", "OAPIF:http://localhost:" + port + "/", "proyectos-inversion");
        // Costs pass 2^31 CLP: without the schema GDAL guesses a 32-bit integer from the first page.
        assertThat(projects).contains("costo_total_clp: Integer64", "nombre: String", "ilustrativo: Integer(Boolean)");
        String communes = ogrinfo("-ro", "-so", "OAPIF:http://localhost:" + port + "/", "comunas");
        assertThat(communes).contains("Geometry: Multi Polygon", "area_km2: Real", "vigente_desde: Date");
    }

    @Test
    void readsAttributesAndServerSideFilters() throws Exception {
        String corral =
                ogrinfo("-ro", "-where", "nombre = 'Corral'", "OAPIF:http://localhost:" + port + "/", "comunas");
        assertThat(corral).contains("cut (String) = 14102", "poblacion_2017 (Integer", "= 5302", "MULTIPOLYGON");
        assertThat(corral).doesNotContain("= Valdivia");
    }

    private static String ogrinfo(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(OGRINFO.toString()));
        command.addAll(List.of(args));
        // Standard error goes to a file: GDAL's warnings must not interleave with the features it prints.
        Path errors = Files.createTempFile("ogrinfo-", ".err");
        Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        String warnings = Files.readString(errors);
        Files.delete(errors);
        assertThat(p.exitValue()).as(text + warnings).isZero();
        // E.g. "Integer overflow occurred when trying to set 32bit field": a value read wrong is a failure.
        assertThat(warnings).as("ogrinfo warnings").doesNotContain("Warning", "ERROR");
        return text;
    }
}
