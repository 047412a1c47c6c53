package cl.sit.profile;

import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a territory profile, parsed once: {@code desde} and {@code hasta} (years of the investment
 * period, default 2003 and 2026, as the indicators), {@code monto} ({@code programado} or {@code ejecutado},
 * default programado; the three also by their old names {@code from}, {@code to} and {@code amount}, see
 * {@link RenamedParameters}) and, where the caller allows it, {@code f} ({@code json} or {@code csv}) and
 * {@code limit}.
 * Anything else is a 400.
 *
 * @param from first year of the investment period
 * @param to last year; also the year of the population projection shown
 * @param amount {@code programado} or {@code ejecutado}
 * @param csv whether CSV was asked for with {@code f=csv}
 * @param limit maximum number of rows, for lists
 */
public record ProfileQuery(int from, int to, String amount, boolean csv, int limit) {

    public static final int FIRST_YEAR = 2003;
    public static final int LAST_YEAR = 2026;
    public static final int MAX_LIMIT = 1000;

    /** The default period and amount. */
    public static ProfileQuery defaults() {
        return new ProfileQuery(FIRST_YEAR, LAST_YEAR, "programado", false, 10);
    }

    /** The amount column of {@code investment_amount}: a whitelisted identifier for SQL templates. */
    public String amountColumn() {
        return amount.equals("ejecutado") ? "ejecutado_clp" : "programado_clp";
    }

    /**
     * Parses request parameters; {@code allowed} names the parameters this resource accepts besides
     * {@code desde}, {@code hasta} and {@code monto}.
     */
    public static ProfileQuery parse(Map<String, String[]> request, Set<String> allowed) {
        Map<String, String[]> params = RenamedParameters.resolve(request, RenamedParameters.Group.PERIOD);
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            String name = p.getKey();
            if (!Set.of("desde", "hasta", "monto").contains(name) && !allowed.contains(name)) {
                throw bad(name, "parámetro desconocido");
            }
            if (p.getValue().length > 1) {
                throw bad(name, "aparece más de una vez");
            }
        }
        int from = integer(params, "desde", FIRST_YEAR, 1900, 2100, "debe ser un año");
        int to = integer(params, "hasta", LAST_YEAR, 1900, 2100, "debe ser un año");
        if (from > to) {
            throw bad("desde", "el año inicial es posterior al final");
        }
        String amount = text(params, "monto", "programado");
        if (!amount.equals("programado") && !amount.equals("ejecutado")) {
            throw bad("monto", "'" + amount + "' no es válido; use programado o ejecutado");
        }
        String f = text(params, "f", "json");
        if (!f.equals("json") && !f.equals("csv")) {
            throw bad("f", "'" + f + "' no es válido; use json o csv");
        }
        int limit = integer(params, "limit", 10, 1, MAX_LIMIT, "debe ser un entero entre 1 y " + MAX_LIMIT);
        return new ProfileQuery(from, to, amount, f.equals("csv"), limit);
    }

    private static String text(Map<String, String[]> params, String name, String fallback) {
        String[] v = params.get(name);
        return v == null ? fallback : v[0].strip();
    }

    private static int integer(Map<String, String[]> params, String name, int fallback, int min, int max, String hint) {
        String[] v = params.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v[0].strip());
            if (n < min || n > max) {
                throw bad(name, "'" + v[0] + "' fuera de rango; " + hint);
            }
            return n;
        } catch (NumberFormatException e) {
            throw bad(name, "'" + v[0] + "' no es válido; " + hint);
        }
    }

    private static ApiException bad(String name, String description) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro '" + name + "': " + description);
    }
}
