package cl.sit.ogcapi;

import cl.sit.system.SitProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * GeoJSON bodies of single features and of items pages of read-only layers, by their (weak) ETag
 * ({@link HttpCaching#item}, {@link HttpCaching#items}), bounded by bytes ({@code sit.ogcapi.item-cache-mb}, least recently used out first). The ETag names the layer's data
 * generation, the feature, the query, the representation and the base URL, which is everything the bytes depend
 * on, so an edit (which raises the generation) is never answered from here. Serving a commune by id was half as
 * fast as the raw PostGIS query, most of the time spent formatting its coordinates again on every request.
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
        this.cache = bytes <= 0 ? null : Caffeine.newBuilder().maximumWeight(bytes)
                .weigher((String k, byte[] v) -> v.length + k.length() * 2 + ENTRY_OVERHEAD).build();
    }

    /** The body kept under {@code etag}, or null. */
    byte[] get(String etag) {
        return cache == null || etag == null ? null : cache.getIfPresent(etag);
    }

    /** Whether bodies are kept at all. */
    boolean enabled() {
        return cache != null;
    }

    /** The largest body kept (a quarter of the cache: one large page does not push out every other). */
    long largest() {
        return largest;
    }

    void put(String etag, byte[] body) {
        if (cache != null && etag != null) {
            cache.put(etag, body);
        }
    }
}
