package cl.sit.system;

/**
 * Makes CSV cells safe to open in a spreadsheet: a cell that starts with {@code =}, {@code +}, {@code -} or
 * {@code @} (or a tab or carriage return) would be run as a formula, so it gets a leading apostrophe. Numbers are
 * written by the caller as numbers and are not touched.
 */
public final class CsvCells {

    private CsvCells() {}

    public static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }
}
