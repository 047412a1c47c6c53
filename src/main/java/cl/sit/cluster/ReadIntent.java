package cl.sit.cluster;

/**
 * Whether the work on this thread may read from a replica: set by {@link ReadYourWrites} for the length of a GET or
 * HEAD request that has no write of its own waiting to be replayed. Work outside requests (start-up, background
 * jobs) and every write request use the primary.
 */
public final class ReadIntent {

    /** The WAL position a replica must have replayed to serve this thread, or null: the primary only. */
    private static final ThreadLocal<Long> REPLAYED_AT_LEAST = new ThreadLocal<>();

    private ReadIntent() {}

    /** Reads may go to a replica that has replayed the primary's WAL up to {@code lsn} (0: any replica). */
    static void replicaFrom(long lsn) {
        REPLAYED_AT_LEAST.set(lsn);
    }

    static void clear() {
        REPLAYED_AT_LEAST.remove();
    }

    /** The WAL position a replica must have replayed to serve the current work, or null when it must not read one. */
    static Long replicaFrom() {
        return REPLAYED_AT_LEAST.get();
    }
}
