package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The statement timeout on PostGIS: the session's {@code statement_timeout}; and the other session setting SIT's
 * pool gives its connections, a plan for the values of each execution.
 */
@RequiresPostgis
class PostgisStatementTimeoutIT extends AbstractStatementTimeoutIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }

    @Override
    long statementTimeoutMs() {
        return jdbc.queryForObject(
                "SELECT setting::bigint FROM pg_settings WHERE name = 'statement_timeout'", Long.class);
    }

    @Test
    void preparedStatementsArePlannedForTheirValues() {
        assertThat(jdbc.queryForObject("SHOW plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }
}
