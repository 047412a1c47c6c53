package cl.sit.layer;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What an admin (or the Agenda 21 package) asks for when creating an editable layer.
 *
 * @param id collection id, lower case with hyphens (e.g. {@code a21-vialidad})
 * @param table table name, a plain SQL identifier; null to derive it from the id
 * @param title Spanish title
 * @param description Spanish description
 * @param geometryType {@code Point}, {@code MultiPoint}, {@code MultiLineString} or {@code MultiPolygon}
 * @param attributes the layer's own attributes (not the columns SIT keeps)
 * @param style default Leaflet style
 * @param packageName package ({@code agenda21}) or null
 * @param template template the layer was made from, or null for a custom schema
 * @param source where the data come from
 */
public record LayerDefinition(
        String id,
        String table,
        String title,
        String description,
        String geometryType,
        List<LayerAttribute> attributes,
        JsonNode style,
        String packageName,
        String template,
        String source) {

    public LayerDefinition {
        attributes = List.copyOf(attributes);
    }

    /** The same definition under another id, title and table (a layer made from a template). */
    public LayerDefinition as(String newId, String newTitle, String newTemplate) {
        return new LayerDefinition(
                newId, null, newTitle, description, geometryType, attributes, style, null, newTemplate, source);
    }
}
