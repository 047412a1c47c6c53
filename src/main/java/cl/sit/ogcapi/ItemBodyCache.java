package cl.sit.ogcapi;

import cl.sit.http.HttpCaching;
import cl.sit.system.SitProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.springframework.stereotype.Component;

/**
 * GeoJSON bodies of single features and of items pages of read-only layers, by their (weak) ETag
 * ({@link HttpCaching#item}, {@link HttpCaching#items}), bounded by bytes ({@code sit.ogcapi.item-cache-mb}, least recently used out first). The ETag names the layer's data
 * generation, the feature, the query, the representation and the base URL, which is everything the bytes depend
 * on, so an edit (which raises the generation) is never answered from here. Serving a commune by id was half as
 * fast as the raw PostGIS query, most of the time spent formatting its coordinates again on every request.
 *
 * <p>Bodies are kept gzip-compressed, compressed once off the request thread after the first answer went out, and go
 * out so to clients that accept gzip: Tomcat compressed the kept national communes (2.7 MB) again for every visitor,
 * 100 ms of CPU each; the kept page now goes out in a few milliseconds, and the cache holds four times the pages.
 */
@Component
class ItemBodyCache {

    /** Rough per-entry cost beyond the bytes (key, entry, array header). */
    private static final int ENTRY_OVERHEAD = 200;

    private final Cache<String, byte[]> cache;
    private final long largest;

    ItemBodyCache(SitProperties properties) {
        long bytes = properties.ogcapi() == null ? 0 : properties.ogcapi().itemCacheMb() * 1024L * 1024L;
        this.largest = bytes / 4;
        this.cache = bytes <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(bytes)
                        .weigher((String k, byte[] v) -> v.length + k.length() * 2 + ENTRY_OVERHEAD)
                        .build();
    }

    /** The body kept under {@code etag}, gzip-compressed, or null. */
    byte[] get(String etag) {
        return cache == null || etag == null ? null : cache.getIfPresent(etag);
    }

    /** Whether an {@code Accept-Encoding} header accepts gzip (named, or {@code *}, with a quality above 0). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String item : acceptEncoding.split(",")) {
            String[] parts = item.split(";");
            String coding = parts[0].strip();
            if (!coding.equalsIgnoreCase("gzip") && !coding.equals("*")) {
                continue;
            }
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i].strip().toLowerCase(Locale.ROOT);
                if (p.startsWith("q=")) {
                    try {
                        refused = Double.parseDouble(p.substring(2).strip()) <= 0;
                    } catch (NumberFormatException e) {
                        refused = true;
                    }
                }
            }
            return !refused;
        }
        return false;
    }

    /** A kept body as it was written. */
    static byte[] gunzip(byte[] gzipped) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether bodies are kept at all. */
    boolean enabled() {
        return cache != null;
    }

    /** The largest body kept (a quarter of the cache: one large page does not push out every other). */
    long largest() {
        return largest;
    }

    /** Keeps {@code body} under {@code etag}, once compressed (in the background). */
    void put(String etag, byte[] body) {
        if (cache != null && etag != null) {
            CompletableFuture.runAsync(() -> cache.put(etag, gzipped(body)));
        }
    }

    static byte[] gzipped(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
