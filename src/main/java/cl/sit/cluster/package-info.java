/**
 * Several SIT instances on one database, and reads from PostgreSQL streaming replicas (issue 15).
 *
 * <p>With {@code sit.db.replica-urls} set, the application's {@code DataSource} routes each connection: to a
 * replica when the request is a read (GET or HEAD, {@link cl.sit.cluster.ReadIntent}) outside a read-write
 * transaction, the replica is reachable and within {@code sit.db.replica-max-lag} ({@link
 * cl.sit.cluster.ReplicaMonitor}), and it has replayed the last write of the same session ({@link
 * cl.sit.cluster.ReadYourWrites}); everything else goes to the primary. Flyway and the session store always use the
 * primary. Without replicas nothing here is active and SIT has one pool, as before.
 *
 * <p>Owns no table. Reads PostgreSQL's replication functions ({@code pg_current_wal_lsn},
 * {@code pg_last_wal_replay_lsn}, {@code pg_last_xact_replay_timestamp}).
 */
@Owns
package cl.sit.cluster;

import cl.sit.system.Owns;
