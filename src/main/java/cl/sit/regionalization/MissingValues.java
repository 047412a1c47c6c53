package cl.sit.regionalization;

import cl.sit.regionalization.RegionalizationDocument.Missing;
import cl.sit.system.ErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Missing values are never taken as 0: either the request is refused (422 {@code MissingValues}, naming the units
 * and variables), or, with {@code faltantes: media}, each is replaced by the mean of the units that have the
 * variable, and every replacement is listed in the result.
 */
final class MissingValues {

    private static final int NAMED = 15;

    private MissingValues() {}

    /** Checks (and with {@code impute}, fills in place) the columns' values; returns what was missing. */
    static List<Missing> check(UnitSet set, List<Column> columns, boolean impute) {
        List<Missing> missing = new ArrayList<>();
        for (Column c : columns) {
            double[] v = c.values();
            double sum = 0;
            int known = 0;
            for (double x : v) {
                if (!Double.isNaN(x)) {
                    sum += x;
                    known++;
                }
            }
            if (known == 0) {
                throw ErrorCode.MISSING_VALUES.exception(
                        "'" + c.label() + "' no tiene valor en ninguna unidad del ámbito; " + c.source());
            }
            Double mean = sum / known;
            for (int i = 0; i < v.length; i++) {
                if (Double.isNaN(v[i])) {
                    Unit u = set.units().get(i);
                    missing.add(new Missing(u.code(), u.name(), c.key(), impute ? mean : null));
                    if (impute) {
                        v[i] = mean;
                    }
                }
            }
        }
        if (!missing.isEmpty() && !impute) {
            List<String> named = missing.stream()
                    .limit(NAMED)
                    .map(m -> m.nombre() + " (" + m.variable() + ")")
                    .toList();
            throw ErrorCode.MISSING_VALUES.exception(missing.size() + " valores faltantes: "
                    + String.join(", ", named) + (missing.size() > NAMED ? ", …" : "") + ". Quite la variable, "
                    + "cambie el ámbito o pida \"faltantes\": \"media\" para reemplazarlos por la media (se "
                    + "informa cada reemplazo)");
        }
        return missing;
    }
}
