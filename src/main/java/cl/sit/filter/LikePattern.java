package cl.sit.filter;

import java.util.regex.Pattern;

/**
 * CQL2 LIKE patterns: {@code %} any run of characters, {@code _} exactly one, {@code \} makes the next
 * character literal. For SQL the pattern is rewritten so that {@code \} only ever precedes {@code %}, {@code _}
 * or {@code \} (H2 rejects other escapes), used with {@code ESCAPE '\'}.
 */
final class LikePattern {

    private LikePattern() {}

    static void check(String pattern) {
        int trailing = 0;
        for (int i = pattern.length() - 1; i >= 0 && pattern.charAt(i) == '\\'; i--) {
            trailing++;
        }
        if (trailing % 2 == 1) {
            throw new InvalidFilter("Filtro no aplicable: el patrón de LIKE termina en un '\\' que no escapa nada");
        }
    }

    /** The pattern for SQL {@code LIKE ? ESCAPE '\'}. */
    static String sql(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                char n = pattern.charAt(++i);
                sb.append(n == '%' || n == '_' || n == '\\' ? "\\" + n : String.valueOf(n));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The pattern as a Java regular expression matching the whole value. */
    static Pattern regex(String pattern) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                sb.append(Pattern.quote(String.valueOf(pattern.charAt(++i))));
            } else if (c == '%') {
                sb.append(".*");
            } else if (c == '_') {
                sb.append('.');
            } else {
                sb.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(sb.toString(), Pattern.DOTALL);
    }
}
