package cl.sit.storage;

import java.util.regex.Pattern;

/**
 * Quotes table and column names for SQL. Names reach SQL only from the layer registry; this is the last
 * guard: anything but a plain lower-case identifier is refused.
 */
public final class Identifiers {

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private Identifiers() {}

    public static boolean isPlain(String name) {
        return name != null && PLAIN.matcher(name).matches();
    }

    public static String quote(String name) {
        if (!isPlain(name)) {
            throw new IllegalArgumentException("Not a plain SQL identifier: " + name);
        }
        return '"' + name + '"';
    }
}
