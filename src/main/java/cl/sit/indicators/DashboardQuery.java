package cl.sit.indicators;

import cl.sit.investment.Stages;
import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@code /api/investments/dashboard}, parsed once: {@code desde} and {@code hasta} (years
 * 1900-2100, default 2003 and 2026), {@code monto} (programado|ejecutado; the three also by their old names
 * {@code from}, {@code to} and {@code amount}, see {@link RenamedParameters}), {@code limit} (largest projects
 * listed, 0-100, default 20) and the filters {@code programa}, {@code sector}, {@code etapa} and {@code comuna},
 * each one or more comma-separated values (at most {@value #MAX_VALUES}, {@value #MAX_LENGTH} characters each; a
 * stage of the project cycle; a 5-digit commune code). Anything else is a 400.
 *
 * @param filters the values of each list dimension, in the order given, without repeats (empty: any)
 */
record DashboardQuery(int from, int to, String amount, int limit, Map<DashboardDimension, List<String>> filters) {

    static final int MAX_VALUES = 50;
    static final int MAX_LENGTH = 80;
    static final int MAX_LIMIT = 100;
    private static final Set<String> NAMES =
            Set.of("desde", "hasta", "monto", "limit", "programa", "sector", "etapa", "comuna");

    static DashboardQuery parse(Map<String, String[]> request) {
        Map<String, String[]> params = RenamedParameters.resolve(request, RenamedParameters.Group.PERIOD);
        QueryParameters q = QueryParameters.of(params, NAMES);
        int from = q.integer("desde", IndicatorQuery.FIRST_YEAR, 1900, 2100);
        int to = q.integer("hasta", IndicatorQuery.LAST_YEAR, 1900, 2100);
        if (from > to) {
            throw QueryParameters.invalid("desde", "el año inicial (" + from + ") es posterior al final (" + to + ")");
        }
        String amount = q.text("monto") == null ? "programado" : q.text("monto");
        if (!amount.equals("programado") && !amount.equals("ejecutado")) {
            throw QueryParameters.invalid("monto", "'" + amount + "' no es válido; use programado o ejecutado");
        }
        int limit = q.integer("limit", 20, 0, MAX_LIMIT);
        Map<DashboardDimension, List<String>> filters = new EnumMap<>(DashboardDimension.class);
        for (DashboardDimension d : DashboardDimension.LISTS) {
            List<String> values = values(d.parameter, params.get(d.parameter));
            for (String v : values) {
                check(d, v);
            }
            filters.put(d, values);
        }
        return new DashboardQuery(from, to, amount, limit, Collections.unmodifiableMap(filters));
    }

    /** The amount column of {@code investment_amount}: a whitelisted identifier for the SQL templates. */
    String amountColumn() {
        return amount.equals("ejecutado") ? "ejecutado_clp" : "programado_clp";
    }

    List<String> values(DashboardDimension d) {
        return filters.getOrDefault(d, List.of());
    }

    private static List<String> values(String name, String[] given) {
        if (given == null) {
            return List.of();
        }
        if (given[0].isBlank()) {
            throw QueryParameters.invalid(name, "está vacío; omítalo para no filtrar");
        }
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String part : given[0].split(",", -1)) {
            String v = part.strip();
            if (v.isEmpty()) {
                throw QueryParameters.invalid(name, "hay un valor vacío; separe los valores con una coma");
            }
            if (v.length() > MAX_LENGTH) {
                throw QueryParameters.invalid(name, "un valor tiene más de " + MAX_LENGTH + " caracteres");
            }
            out.add(v);
        }
        if (out.size() > MAX_VALUES) {
            throw QueryParameters.invalid(name, "como máximo " + MAX_VALUES + " valores");
        }
        return List.copyOf(new ArrayList<>(out));
    }

    private static void check(DashboardDimension d, String v) {
        if (d == DashboardDimension.STAGE && !Stages.STAGES.contains(v)) {
            throw QueryParameters.invalid(
                    d.parameter, "'" + v + "' no es una etapa; use " + String.join(", ", Stages.STAGES));
        }
        if (d == DashboardDimension.COMMUNE && !v.matches("\\d{5}")) {
            throw QueryParameters.invalid(d.parameter, "'" + v + "' no es un código CUT de comuna (5 dígitos)");
        }
    }
}
