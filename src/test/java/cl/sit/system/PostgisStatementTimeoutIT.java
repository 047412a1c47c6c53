package cl.sit.system;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The statement timeout on PostGIS: the session's {@code statement_timeout}. */
@RequiresPostgis
class PostgisStatementTimeoutIT extends AbstractStatementTimeoutIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }

    @Override
    long statementTimeoutMs() {
        return jdbc.queryForObject("SELECT setting::bigint FROM pg_settings WHERE name = 'statement_timeout'",
                Long.class);
    }
}
