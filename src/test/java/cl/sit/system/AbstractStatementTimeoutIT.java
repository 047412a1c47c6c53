package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every pooled connection carries the statement timeout of {@code sit.db.statement-timeout} (here 7 s). */
@SpringBootTest(properties = {"sit.admin-password=clave-admin-de-prueba", "sit.db.statement-timeout=7s"})
abstract class AbstractStatementTimeoutIT {

    @Autowired
    JdbcTemplate jdbc;

    /** The statement timeout the database applies to this connection, in milliseconds. */
    abstract long statementTimeoutMs();

    @Test
    void everyConnectionHasTheStatementTimeout() {
        assertThat(statementTimeoutMs()).isEqualTo(7000);
    }
}
