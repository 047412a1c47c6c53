package cl.sit.layer;

import java.util.List;

/**
 * One attribute (column) of a layer.
 *
 * @param name column name, a plain lower-case SQL identifier (at most 10 characters in editable layers, so that
 *     Shapefile exports keep it whole)
 * @param type value type
 * @param title Spanish label for forms, popups and HTML pages
 * @param required a value must be given (editable layers)
 * @param domain allowed values (strings), empty for any
 * @param maxLength maximum length of a string, or null
 * @param min smallest allowed number, or null
 * @param max largest allowed number, or null
 * @param readOnly kept by SIT (owning commune, version): clients may not set it
 */
public record LayerAttribute(
        String name,
        AttributeType type,
        String title,
        boolean required,
        List<String> domain,
        Integer maxLength,
        Double min,
        Double max,
        boolean readOnly) {

    public LayerAttribute {
        domain = List.copyOf(domain);
    }

    /** A plain attribute with no constraints. */
    public LayerAttribute(String name, AttributeType type, String title) {
        this(name, type, title, false, List.of(), null, null, null, false);
    }
}
