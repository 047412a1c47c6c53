package cl.sit.indicators;

import cl.sit.system.ApiException;
import cl.sit.system.CsvDownload;
import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Group;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of {@code /api/indicators}, parsed once: {@code nivel} (comuna|provincia|region|personalizado, or
 * commune|province|region|custom; default comuna), {@code desde} and {@code hasta} (years, default 2003 and 2026),
 * {@code monto} (programado|ejecutado, default programado), {@code por} (programa|sector|etapa|anio) and
 * {@code f} (json|csv), {@code formato} (excel|csv: the CSV's form, see {@link CsvDownload}) and {@code fecha} (a
 * day, {@code 2005-01-01}: the units in force that day instead of today's; not for custom territories). The old
 * names ({@link RenamedParameters.Group#PERIOD}, {@link RenamedParameters.Group#INDICATORS}) are accepted for one
 * release. Anything else is a 400.
 */
record IndicatorQuery(
        Level level,
        int from,
        int to,
        String amountColumn,
        Breakdown breakdown,
        boolean csv,
        CsvDownload.Form csvForm,
        LocalDate asOf) {

    static final int FIRST_YEAR = 2003;
    static final int LAST_YEAR = 2026;
    private static final Set<String> NAMES =
            Set.of("nivel", "desde", "hasta", "monto", "por", "f", CsvDownload.PARAMETER, "fecha");

    static IndicatorQuery parse(Map<String, String[]> request) {
        Map<String, String[]> params = RenamedParameters.resolve(request, Group.PERIOD, Group.INDICATORS);
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            if (!NAMES.contains(p.getKey())) {
                throw bad(p.getKey(), "parámetro desconocido; válidos: " + NAMES);
            }
            if (p.getValue().length > 1) {
                throw bad(p.getKey(), "aparece más de una vez");
            }
        }
        Level level =
                parseOr(params, "nivel", Level.COMMUNE, Level::parse, "use comuna, provincia, region o personalizado");
        int from = year(params, "desde", FIRST_YEAR);
        int to = year(params, "hasta", LAST_YEAR);
        if (from > to) {
            throw bad("desde", "el año inicial es posterior al final");
        }
        String amount = parseOr(
                params,
                "monto",
                "programado_clp",
                text -> switch (text) {
                    case "programado" -> "programado_clp";
                    case "ejecutado" -> "ejecutado_clp";
                    default -> throw new IllegalArgumentException(text);
                },
                "use programado o ejecutado");
        Breakdown by = parseOr(params, "por", Breakdown.NONE, Breakdown::parse, "use programa, sector, etapa o anio");
        boolean csv = parseOr(
                params,
                "f",
                false,
                text -> switch (text) {
                    case "json" -> false;
                    case "csv" -> true;
                    default -> throw new IllegalArgumentException(text);
                },
                "use json o csv");
        String[] form = params.get(CsvDownload.PARAMETER);
        CsvDownload.Form csvForm = CsvDownload.Form.of(form == null ? null : form[0].strip());
        LocalDate asOf = parseOr(params, "fecha", null, LocalDate::parse, "use una fecha AAAA-MM-DD");
        if (asOf != null && (asOf.getYear() < 1900 || asOf.getYear() > 2100)) {
            throw bad("fecha", "fecha fuera de rango");
        }
        if (asOf != null && level == Level.CUSTOM) {
            throw bad(
                    "fecha", "los territorios personalizados son conjuntos de comunas de hoy; no use fecha con ellos");
        }
        return new IndicatorQuery(level, from, to, amount, by, csv, csvForm, asOf);
    }

    private static int year(Map<String, String[]> params, String name, int fallback) {
        int year = parseOr(params, name, fallback, Integer::parseInt, "debe ser un año");
        if (year < 1900 || year > 2100) {
            throw bad(name, "año fuera de rango");
        }
        return year;
    }

    private static <T> T parseOr(
            Map<String, String[]> params,
            String name,
            T fallback,
            java.util.function.Function<String, T> parser,
            String hint) {
        String[] v = params.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return parser.apply(v[0].strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw bad(name, "'" + v[0] + "' no es válido; " + hint);
        }
    }

    private static ApiException bad(String name, String description) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro '" + name + "': " + description);
    }
}
