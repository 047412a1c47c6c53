package cl.sit.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chooses, for each new connection, the primary or a healthy replica (see the package description). Behind a
 * {@code LazyConnectionDataSourceProxy}, so a transaction's read-only flag is known when its connection is taken.
 */
class ReadRouting extends AbstractRoutingDataSource {

    static final String PRIMARY = "primary";

    private final ReplicaMonitor monitor;
    private final Counter primaryReads;
    private final Counter replicaReads;

    ReadRouting(ReplicaMonitor monitor, MeterRegistry meters) {
        this.monitor = monitor;
        this.primaryReads = Counter.builder("sit.db.connections")
                .tag("target", PRIMARY)
                .description("Connections taken by SIT's work, by the database that served them")
                .register(meters);
        this.replicaReads = Counter.builder("sit.db.connections")
                .tag("target", "replica")
                .description("Connections taken by SIT's work, by the database that served them")
                .register(meters);
    }

    /**
     * A connection from the chosen database; when a replica fails to give one (it stopped since the monitor last
     * looked), the monitor hears of it at once and this connection comes from the primary: the read goes on.
     */
    @Override
    public Connection getConnection() throws SQLException {
        Object key = determineCurrentLookupKey();
        if (ReadRouting.PRIMARY.equals(key)) {
            return primary().getConnection();
        }
        try {
            return checked((DataSource) getResolvedDataSources().get(key));
        } catch (SQLException | RuntimeException e) {
            monitor.failed((String) key, e);
            primaryReads.increment();
            return primary().getConnection();
        }
    }

    /**
     * A replica's connection, checked with a round trip: the pool checks only connections idle for half a second,
     * and a replica that stopped since would fail the request's first statement instead of this check.
     */
    private static Connection checked(DataSource replica) throws SQLException {
        Connection c = replica.getConnection();
        if (c.isValid(1)) {
            return c;
        }
        if (replica instanceof HikariDataSource pool) {
            pool.evictConnection(c);
        } else {
            c.close();
        }
        throw new SQLException("The replica's connection does not answer");
    }

    private DataSource primary() {
        return (DataSource) getResolvedDataSources().get(PRIMARY);
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean readWriteTransaction = TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
        Long lsn = ReadIntent.replicaFrom();
        if (lsn != null && !readWriteTransaction) {
            String replica = monitor.replicaFor(lsn);
            if (replica != null) {
                replicaReads.increment();
                return replica;
            }
        }
        primaryReads.increment();
        return PRIMARY;
    }
}
