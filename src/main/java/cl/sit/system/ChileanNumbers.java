package cl.sit.system;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * Numbers in messages as a Chilean reader writes them: thousands with '.', decimals with ','
 * ("1.240 m", "12,5 %").
 */
public final class ChileanNumbers {

    private static final Locale CHILE = Locale.forLanguageTag("es-CL");

    private ChileanNumbers() {}

    /** A count with its noun in singular or plural, "1 error", "3 errores", "1.204 proyectos". */
    public static String count(long n, String one, String many) {
        return decimal(n, 0) + " " + (n == 1 ? one : many);
    }

    /** Whole metres, "1.240 m". */
    public static String metres(double m) {
        return decimal(Math.round(m), 0) + " m";
    }

    /**
     * A fraction 0-1 as a percentage with at most one decimal, "12,5 %", "100 %"; a positive fraction that would
     * read as 0 is "menos de 0,1 %", and one short of the whole that would read as 100 is "más de 99,9 %".
     */
    public static String percent(double fraction) {
        double p = fraction * 100;
        if (p > 0 && p < 0.05) {
            return "menos de " + decimal(0.1, 1) + " %";
        }
        if (p < 100 && p >= 99.95) {
            return "más de " + decimal(99.9, 1) + " %";
        }
        return decimal(p, 1) + " %";
    }

    /** Pesos in full, "$ 315.151"; no amount is "—". */
    public static String pesos(Number clp) {
        return clp == null ? "—" : "$ " + NumberFormat.getIntegerInstance(CHILE).format(Math.round(clp.doubleValue()));
    }

    private static String decimal(double value, int maxDigits) {
        NumberFormat f = NumberFormat.getNumberInstance(CHILE);
        f.setMinimumFractionDigits(0);
        f.setMaximumFractionDigits(maxDigits);
        f.setGroupingUsed(true);
        return f.format(value);
    }
}
