package cl.sit.seed;

import org.springframework.jdbc.core.JdbcTemplate;

/** One data set loaded on first start. Implementations live in the capability that owns the tables. */
public interface SeedDataset {

    /** Unique name, recorded in the {@code dataset} table (e.g. {@code comunas-los-rios}). */
    String name();

    /** Where the data come from, for the {@code dataset} table. */
    String source();

    /** Loading order: lower first (communes before what refers to them). */
    int order();

    /** Whether to load it with these settings (e.g. national communes only on request). */
    default boolean wanted(SeedSettings settings) {
        return true;
    }

    /**
     * Whether a data set loaded before must be loaded again because what it was derived from changed (e.g. rows
     * computed from other data sets). Checked at each start; most data sets are never stale.
     */
    default boolean stale(JdbcTemplate jdbc) {
        return false;
    }

    /** Inserts the data set and returns the number of records written. Runs inside a transaction. */
    int load(JdbcTemplate jdbc);
}
