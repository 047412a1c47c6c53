package cl.sit.editing;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonWriter;
import cl.sit.layer.AttributeType;
import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.geojson.GeoJsonObject;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Feature snapshots as GeoJSON text, as kept in the history (and as sent to and from clients). */
@Component
public class Snapshots {

    private final ObjectMapper json;

    Snapshots(ObjectMapper json) {
        this.json = json;
    }

    String write(Feature feature) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            GeoJsonWriter.writeFeature(g, feature);
        }
        return out.toString();
    }

    public JsonNode tree(Feature feature) {
        return json.readTree(write(feature));
    }

    JsonNode tree(String snapshot) {
        return snapshot == null ? null : json.readTree(snapshot);
    }

    /** A snapshot read back as a feature of {@code layer}, with values of the attribute types. */
    Feature read(Layer layer, String snapshot) {
        JsonNode node = json.readTree(snapshot);
        Map<String, Object> properties = new LinkedHashMap<>();
        JsonNode p = node.path("properties");
        for (LayerAttribute a : layer.attributes()) {
            properties.put(a.name(), value(a.type(), p.path(a.name())));
        }
        return new Feature(
                node.get("id").asLong(),
                properties,
                GeoJsonReader.toJts(json.treeToValue(node.get("geometry"), GeoJsonObject.class)));
    }

    private static Object value(AttributeType type, JsonNode v) {
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        return switch (type) {
            case STRING -> v.asString();
            case INTEGER -> v.asLong();
            case NUMBER -> v.asDouble();
            case BOOLEAN -> v.asBoolean();
            case DATE -> LocalDate.parse(v.asString());
        };
    }
}
