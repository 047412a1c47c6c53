package cl.sit.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cql2-text into tokens: identifiers and keywords (unquoted, or {@code "double quoted"}), character
 * literals ({@code 'it''s'}), numbers, and the symbols {@code ( ) , = <> < > <= >=}. Positions are 1-based
 * character offsets, for error messages.
 */
final class TextLexer {

    enum Kind {
        WORD,
        QUOTED_WORD,
        STRING,
        NUMBER,
        SYMBOL,
        END
    }

    record Token(Kind kind, String text, int position) {

        boolean is(String symbolOrKeyword) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equalsIgnoreCase(symbolOrKeyword);
        }
    }

    private final String text;
    private int i;

    private TextLexer(String text) {
        this.text = text;
    }

    static List<Token> tokens(String text) {
        return new TextLexer(text).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= text.length()) {
                out.add(new Token(Kind.END, "", i + 1));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = i;
        char c = text.charAt(i);
        if (c == '\'') {
            return new Token(Kind.STRING, quoted('\''), start + 1);
        }
        if (c == '"') {
            return new Token(Kind.QUOTED_WORD, quoted('"'), start + 1);
        }
        if (Character.isDigit(c)
                || ((c == '-' || c == '+' || c == '.')
                        && i + 1 < text.length()
                        && (Character.isDigit(text.charAt(i + 1)) || text.charAt(i + 1) == '.'))) {
            return new Token(Kind.NUMBER, number(), start + 1);
        }
        if (Character.isLetter(c) || c == '_') {
            while (i < text.length()
                    && (Character.isLetterOrDigit(text.charAt(i)) || "_.:".indexOf(text.charAt(i)) >= 0)) {
                i++;
            }
            return new Token(Kind.WORD, text.substring(start, i), start + 1);
        }
        for (String symbol : new String[] {"<>", "<=", ">=", "=", "<", ">", "(", ")", ","}) {
            if (text.startsWith(symbol, i)) {
                i += symbol.length();
                return new Token(Kind.SYMBOL, symbol, start + 1);
            }
        }
        throw new InvalidFilter(
                "Filtro CQL2 inválido en la posición " + (start + 1) + ": carácter inesperado '" + c + "'");
    }

    /** A quoted run; the quote is escaped by doubling it (and {@code \'} in character literals). */
    private String quoted(char quote) {
        int start = i;
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == quote && i + 1 < text.length() && text.charAt(i + 1) == quote) {
                sb.append(quote);
                i += 2;
            } else if (quote == '\'' && c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                sb.append('\'');
                i += 2;
            } else if (c == quote) {
                i++;
                return sb.toString();
            } else {
                sb.append(c);
                i++;
            }
        }
        throw new InvalidFilter("Filtro CQL2 inválido en la posición " + (start + 1) + ": falta la comilla " + quote
                + " que cierra el texto");
    }

    private String number() {
        int start = i;
        if (text.charAt(i) == '-' || text.charAt(i) == '+') {
            i++;
        }
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
                i++;
            }
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return text.substring(start, i);
    }
}
