package cl.sit.shapefile;

import cl.sit.imports.FileRejected;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A WKT coordinate reference system (WKT1 as in ESRI and GDAL {@code .prj} files, or WKT2) as a tree of
 * keyword nodes. Arguments are {@code String} (quoted text or a bare word such as {@code EAST}),
 * {@code Double} or {@link Wkt}. Only the structure is parsed; the meaning is {@link PrjIdentifier}'s.
 */
final class Wkt {

    private final String keyword;
    private final List<Object> args;

    private Wkt(String keyword, List<Object> args) {
        this.keyword = keyword;
        this.args = args;
    }

    /** Parses {@code text}; throws {@link FileRejected} when it is not WKT. */
    static Wkt parse(String text) {
        Parser parser = new Parser(text.strip());
        Wkt root = parser.node();
        parser.skipSpace();
        if (parser.pos != parser.text.length()) {
            throw Parser.invalid();
        }
        return root;
    }

    /** The keyword in upper case ({@code PROJCS}, {@code DATUM}, ...). */
    String keyword() {
        return keyword;
    }

    /** The first argument as text (the name of most nodes), or "" when there is none. */
    String name() {
        return !args.isEmpty() && args.get(0) instanceof String s ? s : "";
    }

    /** The {@code i}-th argument as a number, or NaN. */
    double number(int i) {
        return i < args.size() && args.get(i) instanceof Double d ? d : Double.NaN;
    }

    /** The {@code i}-th argument as a whole number, written as a number ({@code 4326}) or as text. */
    Optional<Integer> integer(int i) {
        Object a = i < args.size() ? args.get(i) : null;
        if (a instanceof Double d && d == Math.rint(d)) {
            return Optional.of(d.intValue());
        }
        if (a instanceof String s && s.strip().matches("\\d{1,9}")) {
            return Optional.of(Integer.parseInt(s.strip()));
        }
        return Optional.empty();
    }

    /** Direct children with one of {@code keywords}. */
    List<Wkt> children(String... keywords) {
        List<Wkt> out = new ArrayList<>();
        for (Object a : args) {
            if (a instanceof Wkt w && w.is(keywords)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The first direct child with one of {@code keywords}. */
    Optional<Wkt> child(String... keywords) {
        return children(keywords).stream().findFirst();
    }

    /** The first node (this one included, depth first) with one of {@code keywords}. */
    Optional<Wkt> find(String... keywords) {
        return all(w -> w.is(keywords), w -> false).stream().findFirst();
    }

    /** Every node (this one included, depth first) that matches, not looking inside nodes that {@code skip}. */
    List<Wkt> all(Predicate<Wkt> match, Predicate<Wkt> skip) {
        List<Wkt> out = new ArrayList<>();
        collect(match, skip, out);
        return out;
    }

    boolean is(String... keywords) {
        for (String k : keywords) {
            if (keyword.equals(k)) {
                return true;
            }
        }
        return false;
    }

    private void collect(Predicate<Wkt> match, Predicate<Wkt> skip, List<Wkt> out) {
        if (match.test(this)) {
            out.add(this);
        }
        for (Object a : args) {
            if (a instanceof Wkt w && !skip.test(w)) {
                w.collect(match, skip, out);
            }
        }
    }

    /** Recursive descent over {@code KEYWORD[arg, ...]} (or round brackets). */
    private static final class Parser {
        /** Real coordinate systems nest a handful of levels; a deeper file is hostile (it would overflow the stack). */
        private static final int MAX_DEPTH = 32;

        private final String text;
        private int pos;
        private int depth;

        Parser(String text) {
            this.text = text;
        }

        Wkt node() {
            String keyword = word();
            skipSpace();
            if (keyword.isEmpty() || pos >= text.length() || (peek() != '[' && peek() != '(')) {
                throw invalid();
            }
            char close = text.charAt(pos++) == '[' ? ']' : ')';
            if (++depth > MAX_DEPTH) {
                throw invalid();
            }
            List<Object> args = new ArrayList<>();
            skipSpace();
            if (pos < text.length() && peek() == close) {
                pos++;
                depth--;
                return new Wkt(keyword.toUpperCase(Locale.ROOT), args);
            }
            while (true) {
                args.add(argument());
                skipSpace();
                if (pos >= text.length()) {
                    throw invalid();
                }
                char c = text.charAt(pos++);
                if (c == close) {
                    depth--;
                    return new Wkt(keyword.toUpperCase(Locale.ROOT), args);
                }
                if (c != ',') {
                    throw invalid();
                }
            }
        }

        private Object argument() {
            skipSpace();
            if (pos >= text.length()) {
                throw invalid();
            }
            char c = peek();
            if (c == '"') {
                return quoted();
            }
            if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                return number();
            }
            int start = pos;
            String word = word();
            skipSpace();
            if (pos < text.length() && (peek() == '[' || peek() == '(')) {
                pos = start;
                return node();
            }
            if (word.isEmpty()) {
                throw invalid();
            }
            return word;
        }

        private String quoted() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    if (pos < text.length() && peek() == '"') {
                        out.append('"');
                        pos++;
                    } else {
                        return out.toString();
                    }
                } else {
                    out.append(c);
                }
            }
            throw invalid();
        }

        private Double number() {
            int start = pos;
            while (pos < text.length() && "+-.eE0123456789".indexOf(peek()) >= 0) {
                pos++;
            }
            try {
                return Double.valueOf(text.substring(start, pos));
            } catch (NumberFormatException e) {
                throw invalid();
            }
        }

        private String word() {
            skipSpace();
            int start = pos;
            while (pos < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(peek())) {
                pos++;
            }
        }

        private char peek() {
            return text.charAt(pos);
        }

        static FileRejected invalid() {
            return new FileRejected("El archivo .prj no se puede leer: no contiene un sistema de coordenadas en "
                    + "formato WKT. Vuelva a exportar la capa desde QGIS.");
        }
    }
}
