package cl.sit.territory;

import cl.sit.storage.SqlFiles;
import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The territory a request filters by, any kind of unit: commune, province or region (CUT), custom territory or a
 * former unit ({@code 105@..2007-10-02}). Investment responses filter through {@code investment_unit_share}, so
 * every kind works the same; an unknown code is an error, never an empty answer.
 */
@Component
public class UnitCodes {

    /** The query parameter naming the unit; {@code comuna} is accepted too, its older name. */
    public static final String PARAMETER = "territorio";

    public static final String OLD_PARAMETER = "comuna";

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final UnitsInForce unitsInForce;

    UnitCodes(JdbcTemplate jdbc, SqlFiles sql, UnitsInForce unitsInForce) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.unitsInForce = unitsInForce;
    }

    /** Today's communes (CUT) of a known unit: itself, those of a province or region, a custom territory's members. */
    public List<String> communes(String code) {
        if (code.contains(FormerUnit.SEPARATOR)) {
            return unitsInForce.former(code).map(UnitAt::communes).orElse(List.of());
        }
        boolean administrative = code.chars().allMatch(Character::isDigit);
        return jdbc.queryForList(
                sql.get(UnitCodes.class, "select-unit-communes"), String.class, administrative ? code + "%" : "", code);
    }

    /** The unit named by {@code territorio} (or {@code comuna}), checked to exist; null when neither is given. */
    public String fromQuery(QueryParameters q) {
        String unit = q.text(PARAMETER);
        String old = q.text(OLD_PARAMETER);
        if (unit != null && old != null) {
            throw QueryParameters.invalid(OLD_PARAMETER, "indique 'territorio' o 'comuna', no ambos");
        }
        return require(unit != null ? unit : old);
    }

    /** The code itself when it names a unit (null stays null); otherwise a 400 that says which kinds exist. */
    public String require(String code) {
        if (code == null) {
            return null;
        }
        Integer n = code.length() > 40
                ? Integer.valueOf(0)
                : jdbc.queryForObject(sql.get(UnitCodes.class, "count-unit"), Integer.class, code, code, code);
        if (n == null || n == 0) {
            throw ErrorCode.UNKNOWN_TERRITORY.exception("No existe el territorio '"
                    + (code.length() > 40 ? code.substring(0, 40) + "…" : code) + "': use el código CUT de una "
                    + "comuna, provincia o región, el código de un territorio personalizado o el de una unidad "
                    + "anterior (p. ej. 105@..2007-10-02)");
        }
        return code;
    }
}
