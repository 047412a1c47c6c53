package cl.sit.territory;

import cl.sit.storage.SqlFiles;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@link CommuneNames} from the {@code territory} table. */
@Repository
class JdbcCommuneNames implements CommuneNames {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    JdbcCommuneNames(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public List<Commune> byName() {
        return jdbc.query(
                sql.get(JdbcCommuneNames.class, "select-commune-names"),
                (rs, i) -> new Commune(rs.getString(1), rs.getString(2)));
    }
}
