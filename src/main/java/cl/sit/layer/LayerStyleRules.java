package cl.sit.layer;

import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What a layer's style may hold: Leaflet path options with bounds, and optionally {@code categories}, one symbol per
 * value of an attribute ("uso de suelo" by {@code uso}):
 * <pre>{"color":"#8d6e63","weight":1,"fillColor":"#d7ccc8","fillOpacity":0.5,
 *  "categories":{"attribute":"uso","values":[{"value":"Bosques","fillColor":"#388e3c"}, …]}}</pre>
 * A class holds the path options that differ from the layer's (and an optional {@code label}); features whose value
 * has no class keep the layer's own style. The map, the editor and the printed sheet read this one shape.
 */
public final class LayerStyleRules {

    /** Classes per layer: a legend of more is unreadable, and it bounds what a request can store. */
    public static final int MAX_CLASSES = 40;

    /** Bytes of a style as JSON. */
    static final int MAX_BYTES = 16_384;

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}");
    private static final Pattern DASHES = Pattern.compile("\\d{1,2}(\\.\\d)?( \\d{1,2}(\\.\\d)?){0,5}");

    private enum Kind {
        COLOUR,
        DASHES,
        FLAG
    }

    private record Bound(Kind kind, double min, double max) {
        static Bound number(double min, double max) {
            return new Bound(null, min, max);
        }
    }

    private static final Map<String, Bound> OPTIONS = Map.of(
            "color", new Bound(Kind.COLOUR, 0, 0),
            "fillColor", new Bound(Kind.COLOUR, 0, 0),
            "weight", Bound.number(0, 20),
            "opacity", Bound.number(0, 1),
            "fillOpacity", Bound.number(0, 1),
            "radius", Bound.number(1, 30),
            "dashArray", new Bound(Kind.DASHES, 0, 0),
            "stroke", new Bound(Kind.FLAG, 0, 0),
            "fill", new Bound(Kind.FLAG, 0, 0));

    private LayerStyleRules() {}

    /** Throws a 422 {@code InvalidStyle} naming the first problem of {@code style} for a layer of these attributes. */
    public static void check(JsonNode style, List<LayerAttribute> attributes) {
        if (style == null || !style.isObject()) {
            throw invalid("el estilo debe ser un objeto JSON con opciones de trazo (color, weight, fillColor, …)");
        }
        if (style.toString().length() > MAX_BYTES) {
            throw invalid("el estilo supera " + MAX_BYTES / 1024 + " KB");
        }
        for (Map.Entry<String, JsonNode> e : style.properties()) {
            if (e.getKey().equals("categories")) {
                checkCategories(e.getValue(), attributes);
            } else {
                checkOption(e.getKey(), e.getValue(), "");
            }
        }
    }

    private static void checkCategories(JsonNode categories, List<LayerAttribute> attributes) {
        if (!categories.isObject()
                || !categories.path("attribute").isString()
                || !categories.path("values").isArray()) {
            throw invalid("'categories' debe ser {\"attribute\": nombre, \"values\": [{\"value\": …, opciones}]}");
        }
        String name = categories.get("attribute").asString();
        LayerAttribute attribute = attributes.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow(() -> invalid("la capa no tiene el atributo «" + name + "» para clasificar"));
        if (attribute.type() != AttributeType.STRING
                && attribute.type() != AttributeType.INTEGER
                && attribute.type() != AttributeType.BOOLEAN) {
            throw invalid("solo se clasifica por atributos de texto, enteros o sí/no; «" + name + "» es "
                    + attribute.type().jsonName());
        }
        JsonNode values = categories.get("values");
        if (values.size() > MAX_CLASSES) {
            throw invalid("a lo más " + MAX_CLASSES + " clases; se recibieron " + values.size());
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode c : values) {
            JsonNode value = c.path("value");
            if (!c.isObject() || !(value.isString() || value.isNumber() || value.isBoolean())) {
                throw invalid("cada clase necesita un 'value' (texto, número o sí/no)");
            }
            String text = value.asString();
            if (text.length() > 200) {
                throw invalid("el valor de una clase tiene más de 200 caracteres");
            }
            if (!seen.add(text)) {
                throw invalid("el valor «" + text + "» tiene dos clases");
            }
            if (!attribute.domain().isEmpty() && !attribute.domain().contains(text)) {
                throw invalid("«" + text + "» no es un valor permitido de «" + attribute.title() + "»");
            }
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                if (e.getKey().equals("label")) {
                    if (!e.getValue().isString() || e.getValue().asString().length() > 120) {
                        throw invalid("la etiqueta de «" + text + "» debe ser un texto de hasta 120 caracteres");
                    }
                } else if (!e.getKey().equals("value")) {
                    checkOption(e.getKey(), e.getValue(), " en la clase «" + text + "»");
                }
            }
        }
    }

    private static void checkOption(String name, JsonNode value, String where) {
        Bound bound = OPTIONS.get(name);
        if (bound == null) {
            throw invalid("opción de estilo desconocida «" + name + "»" + where + "; se admiten "
                    + String.join(", ", OPTIONS.keySet().stream().sorted().toList()) + " y categories");
        }
        boolean ok = bound.kind() == null
                ? value.isNumber() && value.asDouble() >= bound.min() && value.asDouble() <= bound.max()
                : switch (bound.kind()) {
                    case COLOUR ->
                        value.isString() && COLOUR.matcher(value.asString()).matches();
                    case DASHES ->
                        value.isString() && DASHES.matcher(value.asString()).matches();
                    case FLAG -> value.isBoolean();
                };
        if (!ok) {
            String expected = bound.kind() == null
                    ? "un número entre " + format(bound.min()) + " y " + format(bound.max())
                    : switch (bound.kind()) {
                        case COLOUR -> "un color #rrggbb";
                        case DASHES -> "trazos y espacios en píxeles separados por espacios, p. ej. \"4 3\"";
                        case FLAG -> "true o false";
                    };
            throw invalid("«" + name + "»" + where + " debe ser " + expected);
        }
    }

    private static String format(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v).replace('.', ',');
    }

    private static ApiException invalid(String why) {
        return ErrorCode.INVALID_STYLE.exception("Estilo no válido: " + why);
    }
}
