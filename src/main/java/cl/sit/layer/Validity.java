package cl.sit.layer;

import static cl.sit.storage.Identifiers.quote;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The days a reader asks about, for layers whose features have a validity period ({@link Layer#hasValidity()}):
 * a feature is selected when its period {@code [vigente_desde, vigente_hasta)} shares a day with
 * {@code [from, to]} (both inclusive). A null bound is open (OGC API Features Part 1 {@code ..}); an empty
 * {@code vigente_desde} means "since before our records", an empty {@code vigente_hasta} "still in force".
 *
 * @param from first day asked about, or null for no lower bound
 * @param to last day asked about, or null for no upper bound
 */
public record Validity(LocalDate from, LocalDate to) {

    public Validity {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("The interval ends before it starts");
        }
    }

    /** One day. */
    public static Validity on(LocalDate day) {
        return new Validity(day, day);
    }

    /** The SQL condition on the layer's validity columns; values are appended to {@code params}. */
    public String sql(List<Object> params) {
        StringBuilder sb = new StringBuilder("(1 = 1");
        if (to != null) {
            sb.append(" AND (")
                    .append(quote(Layer.VALID_FROM_COLUMN))
                    .append(" IS NULL OR ")
                    .append(quote(Layer.VALID_FROM_COLUMN))
                    .append(" <= ?)");
            params.add(to);
        }
        if (from != null) {
            sb.append(" AND (")
                    .append(quote(Layer.VALID_TO_COLUMN))
                    .append(" IS NULL OR ")
                    .append(quote(Layer.VALID_TO_COLUMN))
                    .append(" > ?)");
            params.add(from);
        }
        return sb.append(')').toString();
    }

    /** Whether a period {@code [validFrom, validTo)} (nulls open) shares a day with this interval. */
    public boolean includes(LocalDate validFrom, LocalDate validTo) {
        return (to == null || validFrom == null || !validFrom.isAfter(to))
                && (from == null || validTo == null || validTo.isAfter(from));
    }

    /** {@link #includes(LocalDate, LocalDate)} on a feature's properties. */
    boolean includes(Map<String, Object> properties) {
        return includes(day(properties.get(Layer.VALID_FROM_COLUMN)), day(properties.get(Layer.VALID_TO_COLUMN)));
    }

    private static LocalDate day(Object value) {
        return value instanceof LocalDate d ? d : value == null ? null : LocalDate.parse(value.toString());
    }
}
