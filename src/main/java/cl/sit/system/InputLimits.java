package cl.sit.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bounds on what one write may cost (settings {@code sit.limits.*}, see application.yml), so that no request can
 * exhaust memory, the connection pool or the embedded database.
 *
 * @param maxBodyMb largest request body, in megabytes, of any request but file uploads (which have their own
 *     limit, {@code spring.servlet.multipart.max-request-size}); counted while the body is read
 * @param maxVertices most vertices (positions) one feature's geometry may have
 * @param maxImportVertices most vertices all features of one import may have together
 * @param concurrentWrites most write requests (POST, PUT, PATCH, DELETE) served at once; 0 means half the
 *     connection pool. Always less than the pool, so reads always find a connection
 * @param writeWaitMs how long a write waits for its turn before it is refused with 503 and {@code Retry-After}
 */
@ConfigurationProperties("sit.limits")
public record InputLimits(
        int maxBodyMb, int maxVertices, long maxImportVertices, int concurrentWrites, long writeWaitMs) {

    public long maxBodyBytes() {
        return maxBodyMb * 1024L * 1024L;
    }
}
