package cl.sit.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2gis.functions.factory.H2GISFunctions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrates the database with Flyway, then on H2GIS registers the spatial functions once per database file
 * (they are stored in it); on PostgreSQL takes the {@link StartupLock}. Also exposes the detected {@link Dialect}
 * and the {@link SqlFiles}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseSetup {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSetup.class);

    @Bean
    Dialect dialect(DataSource dataSource) {
        return Dialect.of(dataSource);
    }

    @Bean
    SqlFiles sqlFiles(Dialect dialect) {
        return new SqlFiles(dialect);
    }

    @Bean
    StartupLock startupLock() {
        return new StartupLock();
    }

    @Bean
    FlywayMigrationStrategy migrateThenSpatialFunctions(DataSource dataSource, Dialect dialect, StartupLock lock) {
        return flyway -> {
            // Migrations use only H2's native GEOMETRY type; the H2GIS functions (and their spatial_ref_sys
            // table) come after, so Flyway finds an empty schema on a fresh database.
            flyway.migrate();
            if (dialect == Dialect.H2GIS) {
                loadH2gisFunctions(dataSource);
            } else {
                lock.acquire(dataSource);
            }
        };
    }

    private static void loadH2gisFunctions(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (!hasH2gisFunctions(c)) {
                long start = System.nanoTime();
                H2GISFunctions.load(c);
                log.info("Registered H2GIS functions in {} ms", (System.nanoTime() - start) / 1_000_000);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot register the H2GIS functions", e);
        }
    }

    private static boolean hasH2gisFunctions(Connection c) throws SQLException {
        try (ResultSet rs = c.getMetaData().getProcedures(null, null, "%")) {
            while (rs.next()) {
                if ("st_makeenvelope".equalsIgnoreCase(rs.getString("PROCEDURE_NAME"))) {
                    return true;
                }
            }
            return false;
        }
    }
}
