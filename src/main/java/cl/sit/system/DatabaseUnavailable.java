package cl.sit.system;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A database that cannot be reached, does not answer or does not finish a statement in time is a 503 with
 * {@code Retry-After}, not a generic 500; and, when it happens while a user's credentials are checked, not a 401
 * either (the password was never compared). Used by {@code ApiExceptionHandler} and by the security filters.
 */
public final class DatabaseUnavailable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailable.class);

    /** Seconds a client is asked to wait before trying again. */
    public static final int RETRY_AFTER_S = 10;

    public static final String DESCRIPTION =
            "La base de datos no está disponible o no respondió a tiempo; intente de nuevo en unos segundos.";

    private DatabaseUnavailable() {}

    /** Whether {@code e}, or one of its causes, says the database is unavailable or too slow. */
    public static boolean is(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException
                    || t instanceof QueryTimeoutException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof CannotCreateTransactionException
                    || t instanceof SQLTransientConnectionException
                    || isConnectionState(t)) {
                return true;
            }
            // A rollback that failed on a dead connection hides the failure that made it roll back.
            if (t instanceof TransactionSystemException s
                    && s.getApplicationException() != null
                    && is(s.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) or 57 (operator intervention: statement cancelled, shutdown). */
    private static boolean isConnectionState(Throwable t) {
        String state = t instanceof SQLException s ? s.getSQLState() : null;
        return state != null && (state.startsWith("08") || state.startsWith("57"));
    }

    /** The 503 for Spring MVC. */
    public static ResponseEntity<ApiError> response(Throwable e) {
        log.warn("Database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S))
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorCode.DATABASE_UNAVAILABLE.error(DESCRIPTION));
    }

    /** The 503 outside Spring MVC (security filters). */
    public static void write(HttpServletResponse response) throws IOException {
        log.warn("Database unavailable while checking credentials");
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_S));
        ErrorCode.DATABASE_UNAVAILABLE.error(DESCRIPTION).write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    }
}
