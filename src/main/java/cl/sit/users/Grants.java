package cl.sit.users;

import cl.sit.storage.SqlFiles;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The grants of editors, per commune and layer, in table {@code layer_grant}. */
@Component
public class Grants implements GrantData, GrantedCommunes {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    Grants(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Set<String> communes(String username, String layerId) {
        return new HashSet<>(
                jdbc.queryForList(sql.get(Grants.class, "select-grant-communes"), String.class, username, layerId));
    }

    @Override
    public List<Grant> of(String username) {
        return jdbc.query(sql.get(Grants.class, "select-grants"), Grants::grant, username);
    }

    /** Every grant, by user. */
    @Override
    public java.util.Map<String, List<Grant>> all() {
        java.util.Map<String, List<Grant>> all = new java.util.HashMap<>();
        jdbc.query(sql.get(Grants.class, "select-all-grants"), Grants::grant)
                .forEach(g -> all.computeIfAbsent(g.username(), k -> new java.util.ArrayList<>())
                        .add(g));
        return all;
    }

    private static Grant grant(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Grant(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, OffsetDateTime.class));
    }

    /** Adds a grant (no effect when it exists). */
    @Override
    public void grant(String username, String cut, String layerId, String grantedBy) {
        if (!of(username).stream()
                .anyMatch(g -> g.cut().equals(cut) && g.layerId().equals(layerId))) {
            jdbc.update(sql.get(Grants.class, "insert-grant"), username, cut, layerId, grantedBy, OffsetDateTime.now());
        }
    }

    /** Removes a grant; returns whether there was one. */
    @Override
    public boolean revoke(String username, String cut, String layerId) {
        return jdbc.update(sql.get(Grants.class, "delete-grant"), username, cut, layerId) > 0;
    }
}
