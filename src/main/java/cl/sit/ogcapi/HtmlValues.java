package cl.sit.ogcapi;

import cl.sit.layer.AttributeType;
import cl.sit.layer.LayerAttribute;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How attribute values read in the HTML pages: numbers in Chilean Spanish (1.234,5), booleans as Sí/No,
 * missing values as a dash; years and versions without thousands separators. Given to templates as
 * {@code fmt}.
 */
public final class HtmlValues {

    static final HtmlValues INSTANCE = new HtmlValues();
    private static final Locale CHILE = Locale.forLanguageTag("es-CL");

    private HtmlValues() {}

    public String text(LayerAttribute attribute, Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Boolean b) {
            return b ? "Sí" : "No";
        }
        if (value instanceof Double d) {
            NumberFormat f = NumberFormat.getNumberInstance(CHILE);
            f.setMaximumFractionDigits(3);
            return f.format(d);
        }
        if (value instanceof Long l && attribute.type() == AttributeType.INTEGER && !isPlainNumber(attribute)) {
            return NumberFormat.getIntegerInstance(CHILE).format(l);
        }
        return value.toString();
    }

    public boolean isLink(Object value) {
        return value instanceof String s && (s.startsWith("https://") || s.startsWith("http://"));
    }

    private static boolean isPlainNumber(LayerAttribute attribute) {
        return attribute.name().startsWith("anio") || attribute.name().equals("version");
    }
}
