package cl.sit.investment;

import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The running application and an investment officer of the subclass's own ({@link #username()}, password
 * {@code clave-<username>}), who imports files through the HTTP API.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractInvestmentStaffIT {

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    /** The officer's user name (each test class its own: the PostGIS test database is shared). */
    abstract String username();

    /** The officer's credentials for HTTP Basic. */
    String staff() {
        return username() + ":clave-" + username();
    }

    @BeforeEach
    void officer() {
        http = new Http(port);
        if (!users.exists(username())) {
            users.create(username(), "clave-" + username(), List.of(Role.INVERSION));
        }
    }

    /** Imports {@code csv} as the officer, with the query string {@code query} ("" or "?modo=..."). */
    HttpResponse<String> post(String query, String csv) {
        return http.send("POST", "/api/investments/import" + query, csv, "text/csv", staff());
    }
}
