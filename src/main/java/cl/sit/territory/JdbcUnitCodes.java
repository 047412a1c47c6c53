package cl.sit.territory;

import cl.sit.storage.SqlFiles;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link UnitCodes} over the stored units: communes, provinces, regions, custom territories and former units. */
@Component
class JdbcUnitCodes implements UnitCodes {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final UnitsInForce unitsInForce;

    JdbcUnitCodes(JdbcTemplate jdbc, SqlFiles sql, UnitsInForce unitsInForce) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.unitsInForce = unitsInForce;
    }

    @Override
    public List<String> communes(String code) {
        if (code.contains(FormerUnit.SEPARATOR)) {
            return unitsInForce.former(code).map(UnitAt::communes).orElse(List.of());
        }
        boolean administrative = code.chars().allMatch(Character::isDigit);
        return jdbc.queryForList(
                sql.get(UnitCodes.class, "select-unit-communes"), String.class, administrative ? code + "%" : "", code);
    }

    @Override
    public boolean exists(String code) {
        Integer n = jdbc.queryForObject(sql.get(UnitCodes.class, "count-unit"), Integer.class, code, code, code);
        return n != null && n > 0;
    }
}
