package cl.sit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The embedded store keeps writing after the pool has replaced every connection it had (Hikari's max lifetime,
 * 30 minutes by default). H2 2.4 builds a CHECK constraint's {@code IN (...)} list as a sorted set whose comparator is
 * the session that created the constraint; once that pooled connection was closed, every insert into the table
 * failed with "Check constraint invalid ... The database has been closed" until a restart. Writes here touch every
 * table that had such a constraint: users and roles, features and their history, review status, and a layer created
 * at run time.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
class H2ConnectionRecyclingIT {

    private static final String ADMIN = "admin:clave-admin-de-prueba";
    private static final String WASTE = "a21-residuos";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        // The default URL of application.yml, in a fresh directory.
        Path dir = Files.createTempDirectory("sit-h2-recycling-");
        url = "jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE";
        registry.add("sit.data-dir", dir::toString);
        registry.add("spring.datasource.url", () -> url);
    }

    private static String url;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void writesAfterThePoolRecycledEveryConnection() throws Exception {
        writeEverything(WASTE, "uno");
        recycleEveryConnection();
        writeEverything(WASTE, "dos");
    }

    @Test
    void writesAfterThePoolRecycledEveryConnectionFollowingRuntimeDdl() throws Exception {
        HttpResponse<String> layer = http.send(
                "POST",
                "/api/layers",
                "{\"plantilla\":\"a21-residuos\","
                        + "\"id\":\"t11-residuos\",\"titulo\":\"Residuos (prueba de reciclaje)\"}",
                "application/json",
                ADMIN);
        assertThat(layer.statusCode()).as(layer.body()).isEqualTo(201);
        writeEverything("t11-residuos", "tres");
        recycleEveryConnection();
        writeEverything("t11-residuos", "cuatro");
        recycleEveryConnection();
        writeEverything(WASTE, "cinco");
    }

    /** A later migration or run-time DDL that brings an IN list back into a check would bring the failure back. */
    @AfterEach
    void noCheckHoldsAnInList() {
        assertThat(jdbc.queryForList(
                        "SELECT check_clause FROM information_schema.check_constraints "
                                + "WHERE check_clause LIKE '% IN(%'",
                        String.class))
                .isEmpty();
    }

    /** A user with a role, a feature (with its history row), its update, and a review-status change. */
    private void writeEverything(String layer, String tag) {
        HttpResponse<String> user = http.send(
                "POST",
                "/api/users",
                "{\"username\":\"rec-" + tag + "\",\"password\":\"clave-larga-" + tag + "-9\",\"roles\":[\"editor\"]}",
                "application/json",
                ADMIN);
        assertThat(user.statusCode()).as(user.body()).isEqualTo(201);
        HttpResponse<String> created = http.send(
                "POST",
                "/collections/" + layer + "/items",
                "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\","
                        + "\"fecha\":\"2024-03-01\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-73.390,-39.984]}}",
                "application/geo+json",
                ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> patched = http.send(
                "PATCH",
                location,
                "{\"properties\":{\"estado\":\"Cerrado\"}}",
                "application/merge-patch+json",
                ADMIN,
                "If-Match",
                created.headers().firstValue("ETag").orElseThrow());
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        if (!layer.equals(WASTE)) {
            return; // the review workflow covers the layers of the Agenda 21 package
        }
        String current = jdbc.queryForObject(
                "SELECT MAX(status) FROM layer_status WHERE layer_id = ? AND cut = ?", String.class, layer, "14102");
        String next = "revision".equals(current) ? "borrador" : "revision";
        HttpResponse<String> status = http.send(
                "POST",
                "/api/agenda21/estado",
                "{\"layer\":\"" + layer + "\",\"cut\":\"14102\",\"status\":\"" + next + "\"}",
                "application/json",
                ADMIN);
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
    }

    /**
     * Closes every connection the pool holds now and waits until H2 has ended their sessions (Hikari closes evicted
     * connections on a background thread), so later work runs on new sessions only. A connection from outside the
     * pool stays open meanwhile, as one always does in production when the pool retires its connections one by one:
     * with no session left, H2 would close and reopen the database, which hides the failure.
     */
    private void recycleEveryConnection() throws InterruptedException, SQLException {
        HikariDataSource pool = (HikariDataSource) dataSource;
        try (Connection keeper = DriverManager.getConnection(url, pool.getUsername(), pool.getPassword())) {
            List<Long> before = new ArrayList<>(sessions());
            try (Statement s = keeper.createStatement();
                    ResultSet rs = s.executeQuery("SELECT SESSION_ID()")) {
                rs.next();
                before.remove(rs.getLong(1));
            }
            pool.getHikariPoolMXBean().softEvictConnections();
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (sessions().stream().anyMatch(before::contains)) {
                assertThat(System.nanoTime()).as("pooled sessions still open").isLessThan(deadline);
                Thread.sleep(50);
            }
            assertThat(keeper.isValid(1)).isTrue();
        }
    }

    private List<Long> sessions() {
        return jdbc.queryForList("SELECT session_id FROM information_schema.sessions", Long.class);
    }
}
