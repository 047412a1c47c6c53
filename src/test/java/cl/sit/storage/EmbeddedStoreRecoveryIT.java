package cl.sit.storage;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * When H2 closes the embedded database (as it does after an OutOfMemoryError in one statement), each connection
 * it broke is dropped from the pool the first time it fails and the next ones reopen the file: the server answers
 * again without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbeddedStoreRecoveryIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @Test
    void aClosedEmbeddedDatabaseIsReopenedWithoutARestart() {
        Http http = new Http(port);
        int communes =
                http.json("/collections/comunas/items").get("numberMatched").asInt();
        assertThat(communes).isPositive();
        jdbc.execute("SHUTDOWN");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> r = http.get("/collections/comunas/items");
            statuses.add(r.statusCode());
        }
        // Each pooled connection fails once at most (the pool holds 8): then every request is answered.
        assertThat(statuses.subList(8, statuses.size())).as(statuses.toString()).allMatch(s -> s == 200);
        assertThat(http.json("/collections/comunas/items").get("numberMatched").asInt())
                .isEqualTo(communes);
    }
}
