package cl.sit.system;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The statement timeout on H2GIS: the session's {@code QUERY_TIMEOUT}. */
class H2gisStatementTimeoutIT extends AbstractStatementTimeoutIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @Override
    long statementTimeoutMs() {
        return Long.parseLong(jdbc.queryForObject(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'QUERY_TIMEOUT'",
                String.class));
    }
}
