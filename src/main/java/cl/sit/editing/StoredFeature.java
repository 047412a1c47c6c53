package cl.sit.editing;

import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature of an editable layer as stored.
 *
 * @param id feature id
 * @param cut owning commune
 * @param version version number, 1 for a new feature
 * @param illustrative generated rather than real
 * @param values the layer's own attributes (writable ones), in schema order
 * @param geometry geometry in EPSG:4326
 */
public record StoredFeature(
        long id, String cut, int version, boolean illustrative, Map<String, Object> values, Geometry geometry) {

    static StoredFeature of(Layer layer, Feature f) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (LayerAttribute a : layer.writableAttributes()) {
            values.put(a.name(), f.properties().get(a.name()));
        }
        Object illustrative = f.properties().get(Layer.ILLUSTRATIVE_COLUMN);
        return new StoredFeature(
                ((Number) f.id()).longValue(),
                (String) f.properties().get(Layer.OWNER_COLUMN),
                ((Number) f.properties().get(Layer.VERSION_COLUMN)).intValue(),
                Boolean.TRUE.equals(illustrative),
                values,
                f.geometry());
    }

    /** As a feature with every property of the layer (read-only ones first). */
    public Feature toFeature() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(Layer.OWNER_COLUMN, cut);
        properties.put(Layer.VERSION_COLUMN, (long) version);
        properties.put(Layer.ILLUSTRATIVE_COLUMN, illustrative);
        properties.putAll(values);
        return new Feature(id, properties, geometry);
    }

    /** The strong ETag of this version. */
    public String etag() {
        return etag(version);
    }

    static String etag(int version) {
        return "\"" + version + "\"";
    }
}
