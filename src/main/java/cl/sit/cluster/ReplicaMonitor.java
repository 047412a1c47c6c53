package cl.sit.cluster;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Looks at the primary and each replica every {@code sit.db.replica-check-every}: the primary's WAL position, and
 * for each replica whether it answers, is in recovery, the position it has replayed and its lag (0 when it has
 * replayed everything the primary had written, else the time since its last replayed transaction). A replica that
 * does not answer or lags more than {@code sit.db.replica-max-lag} gets no reads until it recovers; each change is
 * logged once and counted ({@code sit.db.replica.fallbacks}).
 */
class ReplicaMonitor implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

    /** What was last seen of one replica. */
    record State(boolean healthy, long replayedLsn, double lagSeconds, String problem) {}

    private final JdbcTemplate primary;
    private final Map<String, DataSource> pools;
    private final Map<String, JdbcTemplate> replicas = new LinkedHashMap<>();
    private final Map<String, Counter> fallbacks = new LinkedHashMap<>();
    private final Duration maxLag;
    private final ScheduledExecutorService timer;
    private final AtomicInteger next = new AtomicInteger();
    private volatile Map<String, State> states = Map.of();

    ReplicaMonitor(
            DataSource primary,
            Map<String, DataSource> replicas,
            Duration maxLag,
            Duration every,
            MeterRegistry meters) {
        this.primary = quick(primary);
        this.pools = Map.copyOf(replicas);
        this.maxLag = maxLag;
        Map<String, State> initial = new LinkedHashMap<>();
        replicas.forEach((name, ds) -> {
            this.replicas.put(name, quick(ds));
            initial.put(name, new State(false, 0, Double.NaN, "aún no revisada"));
            Gauge.builder("sit.db.replica.lag", this, m -> m.state(name).lagSeconds())
                    .tag("replica", name)
                    .baseUnit("seconds")
                    .description("Replication lag of a replica as SIT last saw it")
                    .register(meters);
            Gauge.builder("sit.db.replica.healthy", this, m -> m.state(name).healthy() ? 1 : 0)
                    .tag("replica", name)
                    .description("1 while the replica gets reads")
                    .register(meters);
            fallbacks.put(
                    name,
                    Counter.builder("sit.db.replica.fallbacks")
                            .tag("replica", name)
                            .description("Times reads left the replica for the primary (down or lagging)")
                            .register(meters));
        });
        this.states = initial;
        check();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sit-replica-monitor");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(100, every.toMillis());
        timer.scheduleWithFixedDelay(this::check, ms, ms, TimeUnit.MILLISECONDS);
    }

    private static JdbcTemplate quick(DataSource ds) {
        JdbcTemplate jdbc = new JdbcTemplate(ds);
        jdbc.setQueryTimeout(2);
        return jdbc;
    }

    /** The replicas' pools, by name. */
    Map<String, DataSource> dataSources() {
        return pools;
    }

    State state(String replica) {
        return states.get(replica);
    }

    Map<String, State> states() {
        return states;
    }

    /** A healthy replica that has replayed {@code lsn}, taken in turn, or null: read from the primary. */
    String replicaFor(long lsn) {
        List<String> fit = new ArrayList<>();
        states.forEach((name, s) -> {
            if (s.healthy() && s.replayedLsn() >= lsn) {
                fit.add(name);
            }
        });
        return fit.isEmpty() ? null : fit.get(Math.floorMod(next.getAndIncrement(), fit.size()));
    }

    /** A replica that failed to give a connection gets no reads until the next look finds it well. */
    void failed(String replica, Exception e) {
        Map<String, State> now = new LinkedHashMap<>(states);
        State was = now.get(replica);
        if (was != null && was.healthy()) {
            now.put(
                    replica,
                    new State(
                            false,
                            was.replayedLsn(),
                            was.lagSeconds(),
                            "no dio una conexión (" + e.getClass().getSimpleName() + ")"));
            states = now;
            fallbacks.get(replica).increment();
            log.warn(
                    "Replica {} gets no reads: {}; reads go to the primary",
                    replica,
                    now.get(replica).problem());
        }
    }

    /** The primary's current WAL position (what a replica must replay to show a write just made). */
    long primaryLsn() {
        return Lsn.parse(primary.queryForObject("SELECT pg_current_wal_lsn()::text", String.class));
    }

    void check() {
        long primaryLsn;
        try {
            primaryLsn = primaryLsn();
        } catch (RuntimeException e) {
            return; // the primary's own troubles are the pool's and the health check's to report
        }
        Map<String, State> seen = new LinkedHashMap<>();
        replicas.forEach((name, jdbc) -> seen.put(name, look(jdbc, primaryLsn)));
        Map<String, State> before = states;
        states = seen;
        seen.forEach((name, now) -> {
            State was = before.get(name);
            if (was != null && was.healthy() != now.healthy()) {
                if (now.healthy()) {
                    log.info("Replica {} gets reads again (lag {} s)", name, String.format("%.1f", now.lagSeconds()));
                } else {
                    fallbacks.get(name).increment();
                    log.warn("Replica {} gets no reads: {}; reads go to the primary", name, now.problem());
                }
            }
        });
    }

    private State look(JdbcTemplate replica, long primaryLsn) {
        try {
            return replica.queryForObject(
                    "SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()::text, "
                            + "EXTRACT(EPOCH FROM (now() - pg_last_xact_replay_timestamp()))",
                    (rs, i) -> {
                        if (!rs.getBoolean(1)) {
                            return new State(false, 0, Double.NaN, "no es una réplica (no está en recuperación)");
                        }
                        long replayed = Lsn.parse(rs.getString(2));
                        double sinceLast = rs.getObject(3) == null ? 0 : rs.getDouble(3);
                        double lag = replayed >= primaryLsn ? 0 : Math.max(0, sinceLast);
                        boolean fresh = lag <= maxLag.toMillis() / 1000.0;
                        return new State(
                                fresh,
                                replayed,
                                lag,
                                fresh ? null : String.format("atrasada %.1f s (máximo %d s)", lag, maxLag.toSeconds()));
                    });
        } catch (RuntimeException e) {
            return new State(
                    false, 0, Double.NaN, "no responde (" + e.getClass().getSimpleName() + ")");
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pools.values().forEach(ds -> {
            if (ds instanceof AutoCloseable c) {
                try {
                    c.close();
                } catch (Exception e) {
                    log.debug("Closing a replica pool", e);
                }
            }
        });
    }
}
