package cl.sit.regionalization;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.ErrorCode;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the units to group: the communes of a region or of the country, or the census zones of a commune. */
@Component
class UnitStore {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    UnitStore(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    UnitSet load(String kind, String scope) {
        if (UnitSet.COMMUNES.equals(kind)) {
            String like = UnitSet.ALL.equals(scope) ? "%" : scope + "%";
            List<Unit> units = jdbc.query(
                    sql.get(UnitStore.class, "select-communes"),
                    (rs, i) -> {
                        Double official = (Double) rs.getObject(4);
                        return new Unit(
                                rs.getString(1),
                                rs.getString(2),
                                Wkb.read(rs.getBytes(5)),
                                official != null && official > 0 ? official : rs.getDouble(3),
                                official != null && official > 0);
                    },
                    like);
            if (units.isEmpty()) {
                throw ErrorCode.NO_UNITS.exception(
                        "No hay comunas cargadas en '" + scope + "'; regiones con comunas: " + regions());
            }
            return new UnitSet(
                    kind,
                    scope,
                    units,
                    "Cobertura comunal operativa sin vacíos (BCN + aguas según DPA "
                            + "SUBDERE 2023); superficie oficial para densidades cuando existe");
        }
        List<Unit> zones = jdbc.query(
                sql.get(UnitStore.class, "select-zones"),
                (rs, i) -> new Unit(
                        rs.getString(1),
                        zoneName(rs.getString(1), rs.getString(2)),
                        Wkb.read(rs.getBytes(5)),
                        rs.getDouble(4),
                        false),
                scope);
        if (zones.isEmpty()) {
            throw ErrorCode.NO_UNITS.exception(
                    "La comuna '" + scope + "' no tiene zonas censales urbanas cargadas (Censo 2017)");
        }
        return new UnitSet(kind, scope, zones, "Zonas censales urbanas del Censo 2017 (INE), superficie geodésica");
    }

    /** "Zona 011-001 (Valdivia)": the geocode's district and zone after the commune code. */
    static String zoneName(String geocode, String commune) {
        String rest = geocode.length() > 8 ? geocode.substring(5, 8) + "-" + geocode.substring(8) : geocode;
        return "Zona " + rest + " (" + commune + ")";
    }

    /** Regions (2-digit codes) with communes loaded. */
    List<String> regions() {
        return jdbc.queryForList(sql.get(UnitStore.class, "select-regions"), String.class);
    }
}
