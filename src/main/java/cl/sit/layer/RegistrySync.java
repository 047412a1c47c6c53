package cl.sit.layer;

import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's {@link LayerRegistry} in step with the database when several SIT instances share it: every
 * {@code sit.cluster.sync-every} (500 ms) it reads the layers' generations (one small query) and re-reads the registry
 * when they moved, so a layer created or restyled on another instance is served here within that time. Everything else
 * that is cached (tiles, feature bodies, extents) is kept under a layer's generation, read per request, and needs
 * nothing. Off on H2GIS, which one process owns.
 */
@Component
class RegistrySync implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RegistrySync.class);

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerRegistry registry;
    private final ScheduledExecutorService timer;
    private volatile List<Object> seen;

    RegistrySync(
            JdbcTemplate jdbc,
            SqlFiles sql,
            LayerRegistry registry,
            Dialect dialect,
            @Value("${sit.cluster.sync-every:500ms}") Duration every) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.registry = registry;
        if (dialect != Dialect.POSTGIS || every.isZero()) {
            this.timer = null;
            return;
        }
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sit-registry-sync");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::check, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void check() {
        try {
            List<Object> now = jdbc.queryForObject(
                    sql.get(RegistrySync.class, "select-registry-fingerprint"),
                    (rs, i) -> List.of(rs.getLong(1), rs.getLong(2), Objects.toString(rs.getObject(3))));
            if (seen != null && !seen.equals(now)) {
                registry.refresh();
            }
            seen = now;
        } catch (RuntimeException e) {
            log.debug("Registry sync skipped: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
