package cl.sit.tiles;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations.Generation;
import java.util.Set;

/** Renders Mapbox Vector Tiles of registered layers. */
interface TileStore {

    /**
     * A rendered tile and the data generation of its layer it was read at (for its ETag).
     *
     * @param mvt the MVT bytes; empty when no feature reaches the tile
     */
    record Rendered(byte[] mvt, Generation generation) {}

    /**
     * The tile of {@code layer} (one MVT layer named after the collection, extent {@link TileCoordinates#EXTENT})
     * with the layer's generation, read so that the features are never older than the generation.
     *
     * @param owners only features owned by these communes (editable layers); null for no restriction
     */
    default Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners) {
        return tile(layer, tile, owners, TileOptions.NONE);
    }

    /** The tile of {@code layer} with the filter and form {@code options} asks for (see {@link TileOptions}). */
    Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options);
}
