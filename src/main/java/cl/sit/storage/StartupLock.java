package cl.sit.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;

/**
 * On PostgreSQL, one instance at a time does its start-up work (seeding, the first admin, stored alerts, styles
 * taken from templates): a session-level advisory lock taken right after the migrations (Flyway has its own lock)
 * and held on its own connection until the instance is ready, or failed. A second instance started at the same
 * moment waits, then finds the work done. On H2GIS (one process) it does nothing.
 */
class StartupLock {

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    /** The lock's key: "SIT" in ASCII. */
    static final long KEY = 0x534954L;

    private Connection held;

    synchronized void acquire(DataSource dataSource) {
        try {
            held = dataSource.getConnection();
            long start = System.nanoTime();
            try (Statement s = held.createStatement()) {
                s.execute("SET statement_timeout = 0");
                s.execute("SELECT pg_advisory_lock(" + KEY + ")");
                s.execute("RESET statement_timeout");
            }
            long waited = (System.nanoTime() - start) / 1_000_000;
            if (waited > 100) {
                log.info("Waited {} ms for another instance to finish starting", waited);
            }
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("Cannot take the start-up lock", e);
        }
    }

    @EventListener({ApplicationReadyEvent.class, ApplicationFailedEvent.class, ContextClosedEvent.class})
    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection c = held;
                Statement s = c.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException e) {
            log.warn("Releasing the start-up lock: {} (closing its connection releases it)", e.getMessage());
        } finally {
            held = null;
        }
    }
}
