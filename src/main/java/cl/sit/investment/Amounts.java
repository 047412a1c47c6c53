package cl.sit.investment;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an import reads amounts. Numbers are in Chilean format: {@code .} separates thousands, {@code ,} decimals
 * ({@code 1.234.567,89}). A dot is read only as a thousands separator, i.e. followed by groups of exactly three
 * digits after a first group of one to three ({@code 150.000} is one hundred fifty thousand); any other dot
 * ({@code 150.5}, {@code 45000.5}, {@code 1,234.5}) could be a decimal point and is refused, never guessed.
 * The unit of a cost column (pesos, miles de pesos, millones de pesos) is declared by its header
 * ({@code EBI_COSTO_TOTAL (M$)}, {@code costo_total_miles}, {@code COSTO_TOTAL_CLP}) or by the import option
 * {@code unidad}; the bare BIDAT header {@code EBI_COSTO_TOTAL} is in miles de pesos, as BIDAT exports it.
 */
final class Amounts {

    private static final Pattern CHILEAN = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?");
    private static final Pattern COST_HEADER = Pattern.compile("(ebi_)?costo_total(?:[ _]*(.*))?");

    private Amounts() {}

    /** The unit of an amount column, and how many pesos one unit is. */
    enum Unit {
        PESOS(1, "pesos"),
        MILES(1_000, "miles de pesos"),
        MILLONES(1_000_000, "millones de pesos");

        private final long pesos;
        final String label;

        Unit(long pesos, String label) {
            this.pesos = pesos;
            this.label = label;
        }

        BigDecimal clp(BigDecimal amount) {
            return amount.multiply(BigDecimal.valueOf(pesos));
        }

        /** The unit a cost header declares: a suffix {@code (M$)}, {@code _miles}, {@code _clp}, ...; empty if none. */
        static Optional<Unit> ofHeader(String header) {
            Matcher m = COST_HEADER.matcher(header.strip().toLowerCase(Locale.ROOT));
            if (!m.matches() || m.group(2) == null || m.group(2).isEmpty()) {
                return Optional.empty();
            }
            return ofOption(m.group(2).replaceAll("^\\(|\\)$", ""));
        }

        /** The unit named by an import option or a header suffix ({@code miles}, {@code M$}, {@code pesos}, ...). */
        static Optional<Unit> ofOption(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT).replace(" ", "")) {
                case "$", "clp", "pesos", "peso" -> Optional.of(PESOS);
                case "m$", "miles", "milesde$", "milesdepesos", "mclp" -> Optional.of(MILES);
                case "mm$", "millones", "millonesde$", "millonesdepesos", "mmclp" -> Optional.of(MILLONES);
                default -> Optional.empty();
            };
        }
    }

    /** Whether {@code header} (lower case) names the total cost, with or without a unit. */
    static boolean isCostColumn(String header) {
        Matcher m = COST_HEADER.matcher(header.strip().toLowerCase(Locale.ROOT));
        return m.matches()
                && (m.group(2) == null
                        || m.group(2).isEmpty()
                        || Unit.ofHeader(header).isPresent());
    }

    /**
     * A non-negative number in Chilean format; a {@code $} and spaces are ignored.
     *
     * @throws IllegalArgumentException with the reason in Spanish when it is not one, or could be read two ways
     */
    static BigDecimal number(String text) {
        String t = text.replace("$", "").replace("\u00a0", "").replace(" ", "");
        Matcher m = CHILEAN.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    t.matches("[\\d.,]+") && t.contains(".")
                            ? "número ambiguo: el punto solo separa miles en grupos de tres cifras (150.000) y los "
                                    + "decimales van con coma (150,5)"
                            : "no es un número en formato chileno (150.000 o 1.234,5), mayor o igual que cero");
        }
        String digits = m.group(1).replace(".", "") + (m.group(2) == null ? "" : "." + m.group(2));
        return new BigDecimal(digits);
    }
}
