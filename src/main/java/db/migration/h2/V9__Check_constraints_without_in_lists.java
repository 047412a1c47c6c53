package db.migration.h2;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Rewrites every {@code CHECK (column IN ('a', 'b'))} of the H2 schema as {@code ARRAY_CONTAINS(ARRAY['a', 'b'],
 * column)}.
 *
 * <p>Why: H2 2.4 compiles a constant {@code IN} list into a sorted set whose comparator is the session that parsed
 * it. A constraint created by a migration keeps the migration's pooled connection as that comparator; when the pool
 * retires the connection (Hikari's max lifetime, 30 minutes), every insert into the table fails with "Check
 * constraint invalid ... The database has been closed" until H2 is restarted and re-reads its schema with its own
 * system session. {@code ARRAY_CONTAINS} over a constant array keeps no session. Later migrations must not add
 * {@code IN} lists to H2 checks; {@code H2ConnectionRecyclingIT} fails if one does.
 */
public class V9__Check_constraints_without_in_lists extends BaseJavaMigration {

    /** {@code "column" IN('a', 'b')} as H2 prints a single-column list check. */
    private static final Pattern IN_LIST = Pattern.compile("^(\"[a-z_]+\") IN\\(('[^']*'(?:, '[^']*')*)\\)$");

    private record Check(String table, String name, String clause) {}

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            for (Check check : inListChecks(c)) {
                Matcher m = IN_LIST.matcher(check.clause());
                if (!m.matches()) {
                    throw new IllegalStateException("Cannot rewrite the check " + check.name() + " of " + check.table()
                            + ": " + check.clause());
                }
                String table = '"' + check.table() + '"';
                String name = '"' + check.name() + '"';
                s.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + name);
                s.execute("ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (ARRAY_CONTAINS(ARRAY["
                        + m.group(2) + "], " + m.group(1) + "))");
            }
        }
    }

    private static List<Check> inListChecks(Connection c) throws SQLException {
        List<Check> checks = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT t.table_name, "
                        + "t.constraint_name, k.check_clause FROM information_schema.table_constraints t "
                        + "JOIN information_schema.check_constraints k ON k.constraint_schema = t.constraint_schema "
                        + "AND k.constraint_name = t.constraint_name WHERE t.constraint_type = 'CHECK' "
                        + "AND t.table_schema = SCHEMA() AND k.check_clause LIKE '% IN(%'")) {
            while (rs.next()) {
                checks.add(new Check(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return checks;
    }
}
