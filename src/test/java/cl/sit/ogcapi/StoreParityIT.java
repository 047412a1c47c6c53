package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.SitApplication;
import cl.sit.support.Http;
import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * H2GIS and PostGIS must give byte-identical responses for the same data (DESIGN: one encoder, WKB across
 * JDBC). Starts SIT twice, once on each store, and compares every collection and every feature.
 */
@RequiresPostgis
class StoreParityIT {

    private static ConfigurableApplicationContext h2gis;
    private static ConfigurableApplicationContext postgis;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("sit-parity-");
        h2gis = app("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE");
        String url = PostgisTestDatabase.url();
        postgis = app("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgisTestDatabase.parameter(url, "user"),
                "--spring.datasource.password=" + PostgisTestDatabase.parameter(url, "password"));
    }

    @AfterAll
    static void stop() {
        if (h2gis != null) {
            h2gis.close();
        }
        if (postgis != null) {
            postgis.close();
        }
    }

    @Test
    void everyCollectionAndFeatureIsIdenticalOnBothStores() {
        Http a = new Http(port(h2gis));
        Http b = new Http(port(postgis));
        assertThat(normalised(b, "/collections")).isEqualTo(normalised(a, "/collections"));
        for (String id : AbstractOgcApiContractIT.COLLECTIONS) {
            String items = "/collections/" + id + "/items?limit=10000";
            String expected = normalised(a, items);
            assertThat(expected).contains("\"numberMatched\"");
            assertThat(normalised(b, items)).as(id).isEqualTo(expected);
        }
        assertThat(normalised(b, "/collections/comunas/items/14101"))
                .isEqualTo(normalised(a, "/collections/comunas/items/14101"));
    }

    /** The body with the server's own address and the response time stamp taken out. */
    private static String normalised(Http http, String path) {
        var r = http.get(path, "application/json");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body().replace(http.base(), "{base}").replaceAll("\"timeStamp\":\"[^\"]*\"", "\"timeStamp\":\"\"");
    }

    private static ConfigurableApplicationContext app(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(SitApplication.class).run(all);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
