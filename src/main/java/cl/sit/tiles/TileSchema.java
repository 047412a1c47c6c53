package cl.sit.tiles;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a layer's features carry in a tile, the same on both stores: every attribute of the registry as a property
 * (dates as ISO text), and the feature id as the MVT feature id when it is an integer that is not already an
 * attribute (a text id, such as a CUT code, is always one of the attributes).
 */
final class TileSchema {

    private TileSchema() {}

    /** The id column goes into the MVT feature id (an unsigned integer). */
    static boolean idIsFeatureId(Layer layer) {
        return layer.idType() == AttributeType.INTEGER
                && layer.attribute(layer.idColumn()).isEmpty();
    }

    /** The id column is written as a property because it is neither an attribute nor an integer. */
    static boolean idIsExtraProperty(Layer layer) {
        return !idIsFeatureId(layer) && layer.attribute(layer.idColumn()).isEmpty();
    }

    /** TileJSON {@code fields}: property name to its type ({@code String}, {@code Number}, {@code Boolean}). */
    static Map<String, String> fields(Layer layer) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (idIsExtraProperty(layer)) {
            fields.put(layer.idColumn(), "String");
        }
        for (LayerAttribute a : layer.attributes()) {
            fields.put(
                    a.name(),
                    switch (a.type()) {
                        case INTEGER, NUMBER -> "Number";
                        case BOOLEAN -> "Boolean";
                        case STRING, DATE -> "String";
                    });
        }
        return fields;
    }
}
