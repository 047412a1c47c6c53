package cl.sit.territory;

import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import java.util.List;

/**
 * The territory a request filters by, any kind of unit: commune, province or region (CUT), custom territory or a
 * former unit ({@code 105@..2007-10-02}). Investment responses filter through {@code investment_unit_share}, so
 * every kind works the same; an unknown code is an error, never an empty answer. {@link JdbcUnitCodes} in the
 * application.
 */
public interface UnitCodes {

    /** The query parameter naming the unit; {@code comuna} is accepted too, its older name. */
    String PARAMETER = "territorio";

    String OLD_PARAMETER = "comuna";

    /** Longest code looked up (a longer one names no unit). */
    int MAX_CODE_LENGTH = 40;

    /** Today's communes (CUT) of a known unit: itself, those of a province or region, a custom territory's members. */
    List<String> communes(String code);

    /** Whether {@code code} names a unit of any kind. */
    boolean exists(String code);

    /** The unit named by {@code territorio} (or {@code comuna}), checked to exist; null when neither is given. */
    default String fromQuery(QueryParameters q) {
        String unit = q.text(PARAMETER);
        String old = q.text(OLD_PARAMETER);
        if (unit != null && old != null) {
            throw QueryParameters.invalid(OLD_PARAMETER, "indique 'territorio' o 'comuna', no ambos");
        }
        return require(unit != null ? unit : old);
    }

    /** The code itself when it names a unit (null stays null); otherwise a 400 that says which kinds exist. */
    default String require(String code) {
        if (code == null) {
            return null;
        }
        if (code.length() > MAX_CODE_LENGTH || !exists(code)) {
            throw ErrorCode.UNKNOWN_TERRITORY.exception("No existe el territorio '"
                    + (code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH) + "…" : code)
                    + "': use el código CUT de una comuna, provincia o región, el código de un territorio "
                    + "personalizado o el de una unidad anterior (p. ej. 105@..2007-10-02)");
        }
        return code;
    }
}
