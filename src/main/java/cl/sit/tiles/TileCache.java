package cl.sit.tiles;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.system.SitProperties;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Rendered tiles in memory, bounded by bytes ({@code sit.tiles.cache-mb}, least recently used out first). A tile is
 * kept under its layer's data generation, the communes whose features it shows and its {@link TileOptions}: an edit
 * raises the generation, so the next request, which reads the current generation first, misses and renders again.
 * Generations live in the database, so several SIT instances sharing it never serve each other's stale tiles.
 */
@Component
class TileCache {

    /** What a tile's bytes depend on. {@code owners} sorted and joined; "*" for no restriction. */
    private record Key(
            String layer, long generation, long changedAt, int z, int x, int y, String owners, String options) {}

    /** Rough per-entry cost beyond the bytes (key, entry, array header). */
    private static final int ENTRY_OVERHEAD = 160;

    private final Cache<Key, byte[]> cache;

    TileCache(SitProperties properties) {
        long bytes = properties.tiles() == null ? 0 : properties.tiles().cacheMb() * 1024L * 1024L;
        this.cache = bytes <= 0
                ? null
                : Caffeine.newBuilder()
                        .maximumWeight(bytes)
                        .weigher((Key k, byte[] v) -> v.length + ENTRY_OVERHEAD)
                        .build();
    }

    boolean enabled() {
        return cache != null;
    }

    /** The tile rendered at {@code generation}, or null. */
    byte[] get(Layer layer, Generation generation, TileCoordinates tile, Set<String> owners, TileOptions options) {
        return cache == null ? null : cache.getIfPresent(key(layer, generation, tile, owners, options));
    }

    void put(
            Layer layer,
            Generation generation,
            TileCoordinates tile,
            Set<String> owners,
            TileOptions options,
            byte[] mvt) {
        if (cache != null) {
            cache.put(key(layer, generation, tile, owners, options), mvt);
        }
    }

    private static Key key(Layer layer, Generation g, TileCoordinates tile, Set<String> owners, TileOptions options) {
        return new Key(
                layer.id(),
                g.number(),
                g.changedAt() == null ? 0 : g.changedAt().toInstant().toEpochMilli(),
                tile.z(),
                tile.x(),
                tile.y(),
                owners == null ? "*" : String.join(",", new TreeSet<>(owners)),
                options.key());
    }
}
