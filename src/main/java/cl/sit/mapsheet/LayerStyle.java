package cl.sit.mapsheet;

import java.awt.BasicStroke;
import java.awt.Color;
import tools.jackson.databind.JsonNode;

/**
 * A layer's Leaflet path options (the registry's {@code style}) read for Java2D, with Leaflet's defaults: stroke
 * {@code color} #3388ff, {@code weight} 3, {@code opacity} 1; {@code fillColor} the stroke's colour at
 * {@code fillOpacity} 0.2; {@code dashArray}; {@code radius} of point markers. Sizes are screen pixels, scaled to
 * the sheet's resolution with {@code scale}.
 */
record LayerStyle(Color stroke, float weight, Color fill, float[] dash, float radius) {

    static LayerStyle of(JsonNode style, float scale) {
        JsonNode s = style == null ? tools.jackson.databind.node.NullNode.getInstance() : style;
        Color color = color(s.path("color").asString("#3388ff"), Color.decode("#3388ff"));
        float opacity = (float) s.path("opacity").asDouble(1);
        boolean stroked = s.path("stroke").asBoolean(true);
        boolean filled = s.path("fill").asBoolean(true);
        Color fillColor = color(s.path("fillColor").asString(""), color);
        float fillOpacity = (float) s.path("fillOpacity").asDouble(0.2);
        float[] dash = null;
        String dashes = s.path("dashArray").asString("");
        if (!dashes.isBlank()) {
            try {
                String[] parts = dashes.trim().split("[ ,]+");
                dash = new float[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    dash[i] = Math.max(0.5f, Float.parseFloat(parts[i])) * scale;
                }
            } catch (NumberFormatException e) {
                dash = null;
            }
        }
        return new LayerStyle(
                stroked ? alpha(color, opacity) : null,
                (float) s.path("weight").asDouble(3) * scale,
                filled ? alpha(fillColor, fillOpacity) : null,
                dash,
                (float) s.path("radius").asDouble(5) * scale);
    }

    BasicStroke basicStroke() {
        return dash == null
                ? new BasicStroke(weight, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(weight, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    private static Color color(String text, Color fallback) {
        if (text.matches("#[0-9a-fA-F]{6}")) {
            return Color.decode(text);
        }
        if (text.matches("#[0-9a-fA-F]{3}")) {
            return Color.decode("#" + text.charAt(1) + text.charAt(1) + text.charAt(2) + text.charAt(2) + text.charAt(3)
                    + text.charAt(3));
        }
        return fallback;
    }

    private static Color alpha(Color c, float opacity) {
        int a = Math.round(255 * Math.max(0, Math.min(1, opacity)));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), a);
    }
}
