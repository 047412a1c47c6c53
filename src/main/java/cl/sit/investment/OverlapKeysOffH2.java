package cl.sit.investment;

import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Migration 42, H2 only: the stored overlap pairs lose their two foreign keys (and with them the index H2 made for
 * each), a trigger deletes the pairs of a deleted project instead ({@link PairsOfDeletedProject}), and the links lose
 * their second index on the commune. On PostgreSQL it changes nothing (recorded as applied).
 *
 * <p>Why: H2 reuses an index for a foreign key only when its columns are exactly the key's, so the pair indexes that
 * begin with {@code proyecto_a} and {@code proyecto_b} do not serve and each key costs an index of its own; and every
 * pair written reads both projects' rows to check the keys. An import of 100,000 projects into a store of 800,000
 * writes about 320,000 pairs whose older project lies anywhere in the table: without the keys it took 112.1 s instead
 * of 125.5 s (pairs inserted 8.7 s instead of 15.2, the commit about 29 s instead of 35; bench/README.md). The pairs
 * are derived rows written by {@link StoredOverlaps} only. H2 names the keys' constraints itself, so they are found
 * in its catalogue (this is a Java migration for that); dropping them touches no row, so a national store migrates
 * in moments, within the statement timeout (copying the table instead did not).
 */
@Component
class OverlapKeysOffH2 implements JavaMigration {

    private static final SqlFiles SQL = new SqlFiles(Dialect.H2GIS);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("42");
    }

    @Override
    public String getDescription() {
        return "overlap pairs without foreign keys on H2";
    }

    @Override
    public Integer getChecksum() {
        return 42;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!c.getMetaData().getDatabaseProductName().startsWith("H2")) {
            return;
        }
        List<String> keys = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(SQL.get(OverlapKeysOffH2.class, "select-overlap-keys"))) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            for (String key : keys) {
                // A name from H2's own catalogue (CONSTRAINT_..), quoted as an identifier.
                s.execute("ALTER TABLE investment_overlap DROP CONSTRAINT \"" + key.replace("\"", "\"\"") + "\"");
            }
            s.execute(SQL.get(OverlapKeysOffH2.class, "create-pairs-deleted-trigger"));
            s.execute(SQL.get(OverlapKeysOffH2.class, "drop-second-link-commune-index"));
        }
    }
}
