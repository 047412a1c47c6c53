package cl.sit.system;

import java.util.Map;
import java.util.Set;

/**
 * Query parameters of a JSON resource, checked once: an unknown or repeated parameter is a 400
 * {@code InvalidParameter}; a value of the wrong kind or out of range a 400 {@code InvalidParameterValue}.
 */
public final class QueryParameters {

    private final Map<String, String[]> params;

    private QueryParameters(Map<String, String[]> params) {
        this.params = params;
    }

    /** The request's parameters, refusing any not in {@code allowed}. */
    public static QueryParameters of(Map<String, String[]> params, Set<String> allowed) {
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            if (!allowed.contains(p.getKey())) {
                throw ErrorCode.INVALID_PARAMETER.exception("Parámetro desconocido '" + p.getKey() + "'; válidos: "
                        + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
            if (p.getValue().length > 1) {
                throw ErrorCode.INVALID_PARAMETER.exception("El parámetro '" + p.getKey() + "' aparece más de una vez");
            }
        }
        return new QueryParameters(params);
    }

    /** The value, or null when absent or blank. */
    public String text(String name) {
        String[] v = params.get(name);
        return v == null || v[0].isBlank() ? null : v[0].strip();
    }

    /** A number in [min, max], or the fallback when absent. */
    public double number(String name, double fallback, double min, double max) {
        String v = text(name);
        if (v == null) {
            return fallback;
        }
        try {
            double n = Double.parseDouble(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // Reported below with the range.
        }
        throw invalid(name, "se espera un número entre " + fmt(min) + " y " + fmt(max));
    }

    /**
     * A distance in metres in [0, max], or the fallback when absent; above {@code max} the 400 says the limit and
     * {@code why} (e.g. the setting it comes from).
     */
    public double metresUpTo(String name, double fallback, double max, String why) {
        double n = number(name, fallback, 0, Double.MAX_VALUE);
        if (n > max) {
            throw invalid(name, "como máximo " + fmt(max) + " m (" + why + ")");
        }
        return n;
    }

    /** An integer, or null when absent. */
    public Integer integer(String name) {
        String v = text(name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw invalid(name, "se espera un número entero");
        }
    }

    /** An integer in [min, max], or the fallback when absent. */
    public int integer(String name, int fallback, int min, int max) {
        double n = number(name, fallback, min, max);
        if (n != Math.rint(n)) {
            throw invalid(name, "se espera un número entero entre " + min + " y " + max);
        }
        return (int) n;
    }

    /** A CUT code of {@code digits} digits, or null when absent. */
    public String cut(String name, int digits) {
        String v = text(name);
        if (v != null && !v.matches("\\d{" + digits + "}")) {
            throw invalid(name, "código CUT de " + digits + " dígitos");
        }
        return v;
    }

    public static ApiException invalid(String name, String description) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro '" + name + "': " + description);
    }

    private static String fmt(double n) {
        return n == Math.rint(n) ? Long.toString((long) n) : Double.toString(n);
    }
}
