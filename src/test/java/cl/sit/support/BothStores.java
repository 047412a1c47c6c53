package cl.sit.support;

import cl.sit.SitApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * SIT started twice, on a fresh H2GIS file database and on the PostGIS of {@code SIT_TEST_POSTGIS_URL}, for tests
 * that compare what the two stores answer. Close it when done.
 */
public final class BothStores implements AutoCloseable {

    private final ConfigurableApplicationContext h2gis;
    private final ConfigurableApplicationContext postgis;

    private BothStores(ConfigurableApplicationContext h2gis, ConfigurableApplicationContext postgis) {
        this.h2gis = h2gis;
        this.postgis = postgis;
    }

    public static BothStores start() throws IOException {
        Path dir = Files.createTempDirectory("sit-both-stores-");
        ConfigurableApplicationContext h2gis =
                app("--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE");
        String url = PostgisTestDatabase.url();
        try {
            return new BothStores(
                    h2gis,
                    app(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + PostgisTestDatabase.parameter(url, "user"),
                            "--spring.datasource.password=" + PostgisTestDatabase.parameter(url, "password")));
        } catch (RuntimeException e) {
            h2gis.close();
            throw e;
        }
    }

    public Http h2gis() {
        return new Http(port(h2gis));
    }

    public Http postgis() {
        return new Http(port(postgis));
    }

    @Override
    public void close() {
        h2gis.close();
        postgis.close();
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
