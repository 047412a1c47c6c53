package cl.sit.layer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Attribute types of the layer registry, with how each is read from JDBC and parsed from request text. */
public enum AttributeType {
    STRING("string"),
    INTEGER("integer"),
    NUMBER("number"),
    BOOLEAN("boolean"),
    DATE("date");

    private final String json;

    AttributeType(String json) {
        this.json = json;
    }

    /** The name used in the registry's JSON schema. */
    public String jsonName() {
        return json;
    }

    public static AttributeType fromJsonName(String name) {
        for (AttributeType t : values()) {
            if (t.json.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("Unknown attribute type: " + name);
    }

    /** Reads column {@code index} as this type; SQL NULL gives null. Integers are {@code Long}. */
    public Object read(ResultSet rs, int index) throws SQLException {
        Object value =
                switch (this) {
                    case STRING -> rs.getString(index);
                    case INTEGER -> rs.getLong(index);
                    case NUMBER -> rs.getDouble(index);
                    case BOOLEAN -> rs.getBoolean(index);
                    case DATE -> rs.getObject(index, LocalDate.class);
                };
        return rs.wasNull() ? null : value;
    }

    /**
     * Parses a value given as text (a query parameter).
     *
     * @throws IllegalArgumentException when the text is not a value of this type
     */
    public Object parse(String text) {
        try {
            return switch (this) {
                case STRING -> text;
                case INTEGER -> Long.parseLong(text.strip());
                case NUMBER -> Double.parseDouble(text.strip());
                case BOOLEAN -> parseBoolean(text.strip());
                case DATE -> LocalDate.parse(text.strip());
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid " + json, e);
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("'" + text + "' is not a valid boolean");
    }
}
