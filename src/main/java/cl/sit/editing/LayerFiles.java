package cl.sit.editing;

import cl.sit.layer.Layer;
import cl.sit.system.ApiException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/** Files QGIS users bring and take: GeoJSON and zipped Shapefiles, read as GeoJSON features of a layer. */
@Component
class LayerFiles {

    /** The features of a GeoJSON FeatureCollection. */
    static List<JsonNode> features(JsonNode collection) {
        if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            throw ApiException.unprocessable("InvalidFile", "Se espera un GeoJSON de tipo FeatureCollection");
        }
        List<JsonNode> out = new ArrayList<>();
        collection.get("features").forEach(out::add);
        return out;
    }

    /** A zipped Shapefile of the features of {@code layer} matching {@code query}. */
    byte[] shapefileZip(Layer layer, cl.sit.layer.FeatureQuery query) {
        throw ApiException.unprocessable("UnsupportedFile", "La exportación a Shapefile aún no está disponible");
    }

    /** The features of a zipped Shapefile, reprojected to WGS84 from its .prj. */
    List<JsonNode> readShapefileZip(Layer layer, InputStream zip) {
        throw ApiException.unprocessable("UnsupportedFile", "La importación de Shapefile aún no está disponible");
    }
}
