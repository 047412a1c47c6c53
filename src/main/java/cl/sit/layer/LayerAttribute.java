package cl.sit.layer;

/**
 * One attribute (column) of a layer.
 *
 * @param name column name, a plain lower-case SQL identifier
 * @param type value type
 * @param title Spanish label for forms, popups and HTML pages
 */
public record LayerAttribute(String name, AttributeType type, String title) {}
