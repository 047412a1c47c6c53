package cl.sit.filter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Dates and instants as RFC 3339 writes them: a year of four digits. java.time also reads years such as
 * {@code +999999999}, which neither PostgreSQL (up to 294276) nor a person means, so they are refused here like any
 * other malformed date instead of failing in the database.
 */
public final class Rfc3339 {

    private static final int LAST_YEAR = 9999;

    private Rfc3339() {}

    /** {@code AAAA-MM-DD}. */
    public static LocalDate date(String text) {
        LocalDate d = LocalDate.parse(text);
        return checked(d.getYear(), text, d);
    }

    /** An instant with its offset, {@code 2024-01-31T12:00:00Z}. */
    public static OffsetDateTime instant(String text) {
        OffsetDateTime t = OffsetDateTime.parse(text);
        return checked(t.getYear(), text, t);
    }

    private static <T> T checked(int year, String text, T value) {
        if (year < 0 || year > LAST_YEAR) {
            throw new DateTimeParseException("Year outside 0000-9999", text, 0);
        }
        return value;
    }
}
