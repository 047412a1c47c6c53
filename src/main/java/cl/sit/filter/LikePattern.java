package cl.sit.filter;

/**
 * CQL2 LIKE patterns: {@code %} any run of characters, {@code _} exactly one, {@code \} makes the next
 * character literal. For SQL the pattern is rewritten so that {@code \} only ever precedes {@code %}, {@code _}
 * or {@code \} (H2 rejects other escapes), used with {@code ESCAPE '\'}; in memory it is matched in time
 * proportional to the length of the value times that of the pattern, never by backtracking.
 *
 * <p>Patterns are bounded: at most {@value #MAX_LENGTH} characters and {@value #MAX_ANY_RUNS} runs of {@code %}.
 * H2's own LIKE backtracks at every {@code %} (its time grows as the value's length to the power of their number:
 * four of them against a 254-character value take seconds per row), so the bound is what keeps the embedded store
 * answering; three runs ({@code '%valdivia%norte%'}) cover what people search for.
 */
final class LikePattern {

    static final int MAX_LENGTH = 256;
    static final int MAX_ANY_RUNS = 3;

    /** A token of a parsed pattern: a code point, or one of these two (negative, so never a code point). */
    private static final int ANY_RUN = -1;

    private static final int ANY_ONE = -2;

    private LikePattern() {}

    static void check(String pattern) {
        int trailing = 0;
        for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            trailing++;
        }
        if (trailing % 2 == 1) {
            throw new InvalidFilter("Filtro no aplicable: el patrón de LIKE termina en un '\\' que no escapa nada");
        }
        if (pattern.codePointCount(0, pattern.length()) > MAX_LENGTH) {
            throw new InvalidFilter(
                    "Filtro no aplicable: el patrón de LIKE tiene más de " + MAX_LENGTH + " caracteres");
        }
        int runs = 0;
        int[] tokens = tokens(pattern);
        for (int i = 0; i < tokens.length; i++) {
            runs += tokens[i] == ANY_RUN && (i == 0 || tokens[i - 1] != ANY_RUN) ? 1 : 0;
        }
        if (runs > MAX_ANY_RUNS) {
            throw new InvalidFilter("Filtro no aplicable: el patrón de LIKE tiene " + runs + " comodines '%' "
                    + "separados; se admiten a lo sumo " + MAX_ANY_RUNS);
        }
    }

    /** The pattern for SQL {@code LIKE ? ESCAPE '\'}, with each run of {@code %} written as one. */
    static String sql(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char n = pattern.charAt(++i);
                sb.append(n == '%' || n == '_' || n == '\\' ? "\\" + n : String.valueOf(n));
            } else if (c != '%' || sb.isEmpty() || sb.charAt(sb.length() - 1) != '%' || escaped(sb)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether the last character of {@code sql} (built by {@link #sql}) is escaped. */
    private static boolean escaped(StringBuilder sql) {
        int backslashes = 0;
        for (int i = sql.length() - 2; i >= 0 && sql.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    /**
     * Whether {@code value} matches the whole pattern. Greedy matching that returns to the last {@code %} on a
     * mismatch: a {@code %} never needs to be retried once a later one matched, so the time is at most the
     * value's length times the pattern's.
     */
    static boolean matches(String value, String pattern) {
        int[] p = tokens(pattern);
        int[] s = value.codePoints().toArray();
        int i = 0;
        int j = 0;
        int star = -1;
        int resume = 0;
        while (i < s.length) {
            if (j < p.length && (p[j] == ANY_ONE || p[j] == s[i])) {
                i++;
                j++;
            } else if (j < p.length && p[j] == ANY_RUN) {
                star = j++;
                resume = i;
            } else if (star >= 0) {
                j = star + 1;
                i = ++resume;
            } else {
                return false;
            }
        }
        while (j < p.length && p[j] == ANY_RUN) {
            j++;
        }
        return j == p.length;
    }

    /** The pattern as code points, {@link #ANY_RUN} and {@link #ANY_ONE}, escapes resolved. */
    private static int[] tokens(String pattern) {
        int[] out = new int[pattern.length()];
        int n = 0;
        for (int i = 0; i < pattern.length(); ) {
            int c = pattern.codePointAt(i);
            i += Character.charCount(c);
            if (c == '\\' && i < pattern.length()) {
                c = pattern.codePointAt(i);
                i += Character.charCount(c);
                out[n++] = c;
            } else {
                out[n++] = c == '%' ? ANY_RUN : c == '_' ? ANY_ONE : c;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }
}
