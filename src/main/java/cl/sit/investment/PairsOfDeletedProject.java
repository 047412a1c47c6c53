package cl.sit.investment;

import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2 only: deletes the overlap pairs of a deleted project, as {@code ON DELETE CASCADE} does on PostgreSQL. H2's
 * pairs have no foreign keys ({@link OverlapKeysOffH2}: there a key costs an index of its own and a read of both
 * projects for every pair written); this trigger keeps what the keys gave on delete. H2 stores this class's name in
 * the database: a rename needs a migration.
 */
public final class PairsOfDeletedProject implements Trigger {

    private static final SqlFiles SQL = new SqlFiles(Dialect.H2GIS);

    private int idColumn = -1;

    @Override
    public void init(Connection conn, String schema, String trigger, String table, boolean before, int type)
            throws SQLException {
        try (PreparedStatement s = conn.prepareStatement(SQL.get(PairsOfDeletedProject.class, "project-id-column"))) {
            s.setString(1, schema);
            s.setString(2, table);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("No id column in " + schema + "." + table);
                }
                idColumn = rs.getInt(1) - 1;
            }
        }
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        for (String side : new String[] {"delete-overlaps-of-a", "delete-overlaps-of-b"}) {
            try (PreparedStatement s = conn.prepareStatement(SQL.get(StoredOverlaps.class, side))) {
                s.setObject(1, oldRow[idColumn]);
                s.executeUpdate();
            }
        }
    }
}
