package cl.sit.cluster;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks each request's reads and keeps a session's own writes visible to it. A GET or HEAD may read from a replica
 * that has replayed the session's last write; after a write request that succeeded, the primary's WAL position is
 * kept in the session (stored in the database, so every instance sees it). A user who saves a feature and reloads
 * it therefore reads from the primary until a replica has replayed that save (usually well under a second), then
 * from the replica again. Clients without a session (HTTP Basic scripts) get no such promise across requests.
 */
class ReadYourWrites extends OncePerRequestFilter {

    static final String LAST_WRITE = "sit.lastWriteLsn";

    private final ReplicaMonitor monitor;

    ReadYourWrites(ReplicaMonitor monitor) {
        this.monitor = monitor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (!read) {
            chain.doFilter(request, response);
            HttpSession session = request.getSession(false);
            if (session != null && response.getStatus() < 400) {
                try {
                    session.setAttribute(LAST_WRITE, monitor.primaryLsn());
                } catch (RuntimeException e) {
                    // The primary did not answer: the write itself failed or is the pool's to report.
                }
            }
            return;
        }
        HttpSession session = request.getSession(false);
        Object lastWrite = session == null ? null : session.getAttribute(LAST_WRITE);
        ReadIntent.replicaFrom(lastWrite instanceof Long lsn ? lsn : 0L);
        try {
            chain.doFilter(request, response);
        } finally {
            ReadIntent.clear();
        }
    }
}
