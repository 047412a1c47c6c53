package cl.sit.tiles;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * Renders a map's compact tiles ahead of its visitors into the {@link TileCache}, as a tile server seeds its cache:
 * the unfiltered compact tiles ({@code ?compact=true}) of every zoom from 0 down to the last at which the area is
 * covered by at most {@code maxTiles} tiles, so whatever the first view of the map is, its tiles are ready. Tiles
 * already kept under the layer's current generation are skipped.
 */
@Component
public class TileWarming {

    private static final TileOptions COMPACT = new TileOptions(Map.of(), null, null, true);

    private final TileStore tiles;
    private final TileCache cache;
    private final LayerGenerations generations;

    TileWarming(TileStore tiles, TileCache cache, LayerGenerations generations) {
        this.tiles = tiles;
        this.cache = cache;
        this.generations = generations;
    }

    /**
     * Renders the compact tiles of a layer every reader sees whole (not an editable one) over {@code area} (lon/lat)
     * that are not kept yet; stops early when {@code stop} says so (a write began). Returns how many it rendered.
     */
    public int warm(Layer layer, Envelope area, int maxTiles, BooleanSupplier stop) {
        if (!cache.enabled() || layer.editable()) {
            return 0;
        }
        int rendered = 0;
        Generation now = generations.of(layer.id());
        for (int z = 0; z <= TileCoordinates.MAX_ZOOM; z++) {
            List<TileCoordinates> zoom = TileCoordinates.covering(area, z);
            if (zoom.size() > maxTiles) {
                break;
            }
            for (TileCoordinates tile : zoom) {
                if (stop.getAsBoolean()) {
                    return rendered;
                }
                if (cache.get(layer, now, tile, null, COMPACT) == null) {
                    TileStore.Rendered r = tiles.tile(layer, tile, null, COMPACT);
                    cache.put(layer, r.generation(), tile, null, COMPACT, r.mvt());
                    rendered++;
                }
            }
        }
        return rendered;
    }
}
