package cl.sit.layer;

import java.time.LocalDate;

/**
 * Comparing attribute values in memory as the databases do: numbers by value whatever their Java type, dates
 * (also when given as ISO text), strings by code point (the order of the C collation and of H2).
 */
public final class AttributeValues {

    private AttributeValues() {}

    /** Compares two non-null values of the same attribute type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof LocalDate || b instanceof LocalDate) {
            return date(a).compareTo(date(b));
        }
        if (a instanceof Comparable x && a.getClass() == b.getClass()) {
            return x.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }

    /** A date value, also when it was kept as ISO text (history snapshots). */
    public static LocalDate date(Object value) {
        return value instanceof LocalDate d
                ? d
                : LocalDate.parse(value.toString().substring(0, 10));
    }
}
