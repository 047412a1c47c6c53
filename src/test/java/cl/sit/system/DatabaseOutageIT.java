package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.SitApplication;
import cl.sit.support.Browser;
import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import cl.sit.support.TcpProxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SIT on PostGIS through a TCP relay that the test can freeze or cut: a database that is away, frozen or holding a
 * lock gives 503 with {@code Retry-After} and the JSON error within a few seconds (statement timeout 2 s, pool wait
 * 1 s here), and a request with valid Basic credentials, a signed-in session or the sign-in form get that 503 too,
 * not a 401 as if the password were wrong.
 */
@RequiresPostgis
class DatabaseOutageIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration BOUND = Duration.ofSeconds(12);
    private static final String PROFILE = "/api/territories/14101/profile";

    private static TcpProxy proxy;
    private static ConfigurableApplicationContext app;
    private static String base;

    @BeforeAll
    static void start() {
        String url = PostgisTestDatabase.url();
        URI target = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort());
        String relayed = url.replace(target.getHost() + ":" + target.getPort(), "127.0.0.1:" + proxy.port());
        app = new SpringApplicationBuilder(SitApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + relayed,
                        "--spring.datasource.username=" + PostgisTestDatabase.parameter(url, "user"),
                        "--spring.datasource.password=" + PostgisTestDatabase.parameter(url, "password"),
                        "--sit.admin-password=clave-admin-de-prueba",
                        "--sit.db.statement-timeout=2s",
                        "--sit.db.pool-wait=1s");
        base = "http://localhost:"
                + ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        proxy.close();
    }

    @AfterEach
    void restore() throws InterruptedException {
        proxy.restore();
        recovered(PROFILE, null);
    }

    /** Whether {@code path} answers 200 again within 20 s (the pool replaces its broken connections). */
    private static boolean recovered(String path, String credentials) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            if (get(path, credentials).statusCode() == 200) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Test
    void aDatabaseThatWentAwayIs503AndNot401() throws InterruptedException {
        Browser signedIn = new Browser(base);
        assertThat(signedIn.signIn("admin", "clave-admin-de-prueba").statusCode())
                .isEqualTo(302);
        assertThat(get(PROFILE, null).statusCode()).isEqualTo(200);
        proxy.cut();
        unavailable(PROFILE, null);
        unavailable("/api/editing/me", "admin:clave-admin-de-prueba");
        HttpResponse<String> session = signedIn.json("GET", "/api/editing/me", null, null);
        assertThat(session.statusCode()).as("a signed-in session").isEqualTo(503);
        HttpResponse<String> form = new Browser(base).signIn("admin", "clave-admin-de-prueba");
        assertThat(form.statusCode()).as("the sign-in form").isEqualTo(503);
        assertThat(form.body()).contains("La base de datos no está disponible");
        proxy.restore();
        assertThat(recovered("/api/editing/me", "admin:clave-admin-de-prueba"))
                .as("recovered")
                .isTrue();
    }

    @Test
    void aFrozenDatabaseIs503WithinTheBound() {
        assertThat(get(PROFILE, null).statusCode()).isEqualTo(200);
        proxy.freeze();
        unavailable(PROFILE, null);
        unavailable("/api/editing/me", "admin:clave-admin-de-prueba");
    }

    @Test
    void aStatementBlockedByALockIs503AfterTheStatementTimeout() throws Exception {
        String url = PostgisTestDatabase.url();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("LOCK TABLE territory IN ACCESS EXCLUSIVE MODE");
            unavailable(PROFILE, null);
            c.rollback();
        }
        assertThat(get(PROFILE, null).statusCode()).isEqualTo(200);
    }

    private static void unavailable(String path, String credentials) {
        long start = System.nanoTime();
        HttpResponse<String> r = get(path, credentials);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(503);
        assertThat(took).as("answer time").isLessThan(BOUND);
        assertThat(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow()))
                .isPositive();
        JsonNode error = JsonMapper.builder().build().readTree(r.body());
        assertThat(error.path("code").asString()).isEqualTo("DatabaseUnavailable");
        assertThat(error.path("description").asString()).contains("base de datos");
    }

    private static HttpResponse<String> get(String path, String credentials) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (credentials != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        }
    }
}
