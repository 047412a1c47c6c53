package cl.sit.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** The two spatial databases SIT runs on. Names match Flyway's {@code {vendor}} folders under {@code sql/}. */
public enum Dialect {
    H2GIS("h2"),
    POSTGIS("postgresql");

    private final String vendor;

    Dialect(String vendor) {
        this.vendor = vendor;
    }

    /** Folder name of this dialect's SQL files ({@code h2} or {@code postgresql}). */
    public String vendor() {
        return vendor;
    }

    public static Dialect of(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to detect its dialect", e);
        }
    }

    public static Dialect of(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName();
        if (product.startsWith("H2")) {
            return H2GIS;
        }
        if (product.startsWith("PostgreSQL")) {
            return POSTGIS;
        }
        throw new IllegalStateException("Unsupported database: " + product + " (SIT runs on H2GIS or PostGIS)");
    }
}
