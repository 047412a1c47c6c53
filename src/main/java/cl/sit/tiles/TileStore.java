package cl.sit.tiles;

import cl.sit.layer.Layer;
import java.util.Set;

/** Renders Mapbox Vector Tiles of registered layers. */
interface TileStore {

    /**
     * The tile of {@code layer} as MVT bytes (one MVT layer named after the collection, extent
     * {@link TileCoordinates#EXTENT}); an empty array when no feature reaches the tile.
     *
     * @param owners only features owned by these communes (editable layers); null for no restriction
     */
    byte[] tile(Layer layer, TileCoordinates tile, Set<String> owners);
}
