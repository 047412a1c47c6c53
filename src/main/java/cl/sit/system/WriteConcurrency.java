package cl.sit.system;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets at most {@link InputLimits#concurrentWrites()} write requests (POST, PUT, PATCH, DELETE) run at once, always
 * fewer than the database connections, so that slow writers (a large import, a big geometry) never hold the whole
 * pool and reads keep answering. A write that finds no free turn within {@link InputLimits#writeWaitMs()} gets 503
 * with {@code Retry-After}. It runs after Spring Security, so requests refused there take no turn.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
public class WriteConcurrency extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(WriteConcurrency.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final int RETRY_AFTER_S = 5;

    private final Semaphore turns;
    private final int writers;
    private final long waitMs;

    WriteConcurrency(InputLimits limits, DataSource dataSource) {
        int pool = dataSource instanceof HikariDataSource h ? h.getMaximumPoolSize() : 10;
        int writers = limits.concurrentWrites() > 0 ? limits.concurrentWrites() : pool / 2;
        writers = Math.max(1, Math.min(writers, pool - 1));
        log.info("At most {} concurrent writes (connection pool: {})", writers, pool);
        this.turns = new Semaphore(writers, true);
        this.writers = writers;
        this.waitMs = limits.writeWaitMs();
    }

    /** Whether a write request is being served (background work waits for it). */
    public boolean writing() {
        return turns.availablePermits() < writers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !WRITES.contains(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean acquired;
        try {
            acquired = turns.tryAcquire(waitMs, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_S));
            ErrorCode.TOO_MANY_WRITES
                    .error("Hay demasiadas escrituras en curso; no se guardó nada. Vuelva a intentarlo "
                            + "en unos segundos")
                    .write(response, HttpStatus.SERVICE_UNAVAILABLE.value());
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            turns.release();
        }
    }
}
