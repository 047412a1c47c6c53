package cl.sit.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * JDBC batches of bounded size. A driver keeps every row of a batch until it runs (H2 as arrays of its values), so
 * the 321,000 membership rows of a national import batch sent as one held their values twice over and the heap
 * filled: each batch here is at most {@link #SIZE} rows, made as it is sent.
 */
public final class Batches {

    /** Rows sent in one JDBC batch. */
    public static final int SIZE = 1_000;

    private Batches() {}

    /** Runs {@code statement} once per row, {@link #SIZE} rows a batch. */
    public static void update(JdbcTemplate jdbc, String statement, List<Object[]> rows) {
        update(jdbc, statement, rows.size(), rows::get, null);
    }

    /** As {@link #update(JdbcTemplate, String, List)} with the parameters' SQL types. */
    public static void update(JdbcTemplate jdbc, String statement, List<Object[]> rows, int[] types) {
        update(jdbc, statement, rows.size(), rows::get, types);
    }

    /** Runs {@code statement} for rows 0 to {@code n - 1}, each made by {@code row} only when its batch is sent. */
    public static void update(JdbcTemplate jdbc, String statement, int n, IntFunction<Object[]> row) {
        update(jdbc, statement, n, row, null);
    }

    private static void update(JdbcTemplate jdbc, String statement, int n, IntFunction<Object[]> row, int[] types) {
        for (int from = 0; from < n; from += SIZE) {
            int to = Math.min(n, from + SIZE);
            List<Object[]> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                batch.add(row.apply(i));
            }
            if (types == null) {
                jdbc.batchUpdate(statement, batch);
            } else {
                jdbc.batchUpdate(statement, batch, types);
            }
        }
    }
}
