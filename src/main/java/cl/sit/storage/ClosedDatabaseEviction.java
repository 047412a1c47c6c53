package cl.sit.storage;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;

/**
 * Tells the connection pool to drop a connection whose H2 database was closed under it. H2 closes an embedded
 * database after a fatal error in one statement (an OutOfMemoryError, say); its error codes are not the SQL states
 * the pool recognises as a broken connection, so without this every request after it would fail until a restart.
 * A new connection reopens the file. Other errors (and every PostgreSQL error) keep the pool's own judgement.
 */
public final class ClosedDatabaseEviction implements SQLExceptionOverride {

    /** H2's {@code DATABASE_IS_CLOSED} and {@code DATABASE_CALLED_AT_SHUTDOWN}. */
    private static final int[] CLOSED = {90098, 90121};

    @java.lang.Override
    public Override adjudicate(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            for (int code : CLOSED) {
                if (s.getErrorCode() == code) {
                    return Override.MUST_EVICT;
                }
            }
        }
        return Override.CONTINUE_EVICT;
    }
}
