package cl.sit.tiles;

import cl.sit.layer.Layer;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * A TileJSON 3.0.0 document for one layer: where its tiles are, the one vector layer they hold (named after the
 * collection) with its fields, the bounds of its data and its source as attribution. {@code maxzoom} is the
 * zoom from which clients overzoom; tiles exist down to {@link TileCoordinates#MAX_ZOOM}.
 */
record TileJson(
        String tilejson,
        String name,
        String description,
        String attribution,
        String scheme,
        List<String> tiles,
        int minzoom,
        int maxzoom,
        double[] bounds,
        @JsonProperty("vector_layers") List<VectorLayer> vectorLayers) {

    /** Zoom from which the map overzooms: at 4096 units per tile, about 2 cm per unit in Los Ríos. */
    static final int MAXZOOM = 18;

    /** Web Mercator's whole world, for a layer with no features yet. */
    private static final double[] WORLD = {-180, -TileCoordinates.MAX_LATITUDE, 180, TileCoordinates.MAX_LATITUDE};

    record VectorLayer(String id, String description, int minzoom, int maxzoom, Map<String, String> fields) {}

    static TileJson of(Layer layer, String baseUrl, Envelope extent) {
        double[] bounds = extent == null
                ? WORLD
                : new double[] {extent.getMinX(), extent.getMinY(), extent.getMaxX(), extent.getMaxY()};
        return new TileJson(
                "3.0.0",
                layer.title(),
                layer.description(),
                layer.source(),
                "xyz",
                List.of(baseUrl + "/tiles/" + layer.id() + "/{z}/{x}/{y}.mvt"),
                0,
                MAXZOOM,
                bounds,
                List.of(new VectorLayer(layer.id(), layer.title(), 0, MAXZOOM, TileSchema.fields(layer))));
    }
}
