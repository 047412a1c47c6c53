package cl.sit.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Bounds every wait on the database, so an unreachable, frozen or locked database costs a request seconds, not
 * minutes: the pool's wait for a connection ({@code sit.db.pool-wait}), and a statement timeout on every connection
 * ({@code sit.db.statement-timeout}): {@code statement_timeout} on PostgreSQL, with a socket timeout a little longer
 * for a server that stopped answering at all, and {@code QUERY_TIMEOUT} on H2. Applied to the pool before it opens
 * its first connection; settings already in the JDBC URL win on PostgreSQL.
 *
 * <p>PostgreSQL connections also plan every execution of a prepared statement for its values
 * ({@code plan_cache_mode = force_custom_plan}): after five executions PgJDBC's server-side statements otherwise
 * move to one generic plan, and for the indicators ({@code nivel = ?}, a range of years) that plan walked the
 * amounts through nested loops and sorted on disk (690 ms against 450 ms for the hash joins of the custom plan, at
 * 100,000 projects); their throughput halved after the first benchmark round. Planning a bounding-box query again
 * costs well under a millisecond.
 *
 * <p>And PgJDBC sends a batch of inserts as multi-row {@code INSERT ... VALUES (...), (...)}
 * ({@code reWriteBatchedInserts}): an import writes about a million rows per 100,000 projects (amounts, links,
 * memberships, pairs, history), one round of parse, bind and execute each without it. Batches that ask for
 * generated keys are still sent row by row (PgJDBC does not rewrite them), and no caller reads batch row counts.
 */
@Component
class DatabaseTimeouts implements BeanPostProcessor, EnvironmentAware {

    /** Time a frozen PostgreSQL gets beyond the statement timeout before its connection is given up. */
    static final Duration SOCKET_MARGIN = Duration.ofSeconds(5);

    private Duration statement = Duration.ofSeconds(30);
    private Duration poolWait = Duration.ofSeconds(5);

    @Override
    public void setEnvironment(Environment environment) {
        Binder binder = Binder.get(environment);
        statement = binder.bind("sit.db.statement-timeout", Duration.class).orElse(statement);
        poolWait = binder.bind("sit.db.pool-wait", Duration.class).orElse(poolWait);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    private void apply(HikariDataSource pool) {
        long waitMs = Math.max(250, poolWait.toMillis());
        pool.setConnectionTimeout(waitMs);
        pool.setValidationTimeout(Math.max(250, waitMs / 2));
        String url = pool.getJdbcUrl() == null ? "" : pool.getJdbcUrl();
        if (url.startsWith("jdbc:postgresql:")) {
            pool.addDataSourceProperty(
                    "options",
                    "-c statement_timeout=" + statement.toMillis() + " -c plan_cache_mode=force_custom_plan");
            pool.addDataSourceProperty("socketTimeout", seconds(statement.plus(SOCKET_MARGIN)));
            pool.addDataSourceProperty("connectTimeout", seconds(poolWait));
            pool.addDataSourceProperty("reWriteBatchedInserts", "true");
        } else if (url.startsWith("jdbc:h2:") && pool.getConnectionInitSql() == null) {
            pool.setConnectionInitSql("SET QUERY_TIMEOUT " + statement.toMillis());
        }
    }

    private static String seconds(Duration d) {
        return Long.toString(Math.max(1, (d.toMillis() + 999) / 1000));
    }
}
