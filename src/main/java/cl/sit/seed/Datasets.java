package cl.sit.seed;

import cl.sit.storage.SqlFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code dataset} table, which this package owns, for other packages: a data set whose records were removed
 * keeps its row with 0 records, so {@link SeedLoader}, which loads a data set only when it has no row, does not
 * load it again on the next start.
 */
@Component
public class Datasets {

    private final SqlFiles sql;

    Datasets(SqlFiles sql) {
        this.sql = sql;
    }

    /** Records that data set {@code name} now has no records, in the caller's transaction. */
    public void emptied(JdbcTemplate jdbc, String name) {
        jdbc.update(sql.get(Datasets.class, "record-emptied"), name);
    }
}
