package cl.sit.mapsheet;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A layer's symbols on the sheet, as the map draws them (cl.sit.layer.LayerStyleRules, js/simbologia.js): one per
 * class of its {@code categories}, in their order, and the layer's own for the values without a class. Features
 * are sorted into them as they are read; {@link #drawn} gives the symbols that have features, for the map and its
 * legend.
 */
final class LayerSymbols {

    private final String title;
    private final boolean points;
    private final String attribute;
    private final List<String> values = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final List<LayerStyle> styles = new ArrayList<>();
    private final List<List<Geometry>> geometries = new ArrayList<>();

    LayerSymbols(String title, JsonNode style, boolean points, float scale) {
        this.title = title;
        this.points = points;
        JsonNode categories = style == null ? null : style.get("categories");
        this.attribute =
                categories == null ? null : categories.path("attribute").asString(null);
        if (attribute != null) {
            for (JsonNode c : categories.path("values")) {
                ObjectNode merged = ((ObjectNode) style.deepCopy());
                merged.remove("categories");
                c.properties().forEach(e -> merged.set(e.getKey(), e.getValue()));
                values.add(c.path("value").asString());
                labels.add(c.path("label").asString(c.path("value").asString()));
                styles.add(LayerStyle.of(merged, scale));
                geometries.add(new ArrayList<>());
            }
        }
        // Last: the layer's own symbol, for features whose value has no class (or every feature of a plain layer).
        styles.add(LayerStyle.of(style, scale));
        geometries.add(new ArrayList<>());
    }

    void add(Map<String, Object> properties, Geometry geometry) {
        int i = attribute == null ? -1 : values.indexOf(String.valueOf(properties.get(attribute)));
        geometries.get(i < 0 ? geometries.size() - 1 : i).add(geometry);
    }

    /** The symbols with features: classes as "Title: value", the rest under the layer's title. */
    List<SheetPainter.Drawn> drawn(boolean truncated, int limit) {
        List<SheetPainter.Drawn> out = new ArrayList<>();
        for (int i = 0; i < styles.size(); i++) {
            if (geometries.get(i).isEmpty() && !(i == styles.size() - 1 && out.isEmpty())) {
                continue;
            }
            String name = i < labels.size()
                    ? title + ": " + labels.get(i)
                    : attribute == null ? title : title + ": otros valores";
            out.add(new SheetPainter.Drawn(name, styles.get(i), points, geometries.get(i), truncated, limit));
        }
        return out;
    }
}
