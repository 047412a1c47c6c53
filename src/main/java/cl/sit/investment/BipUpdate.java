package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.ApiException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The update mode of an import ({@code modo=actualizar}): a row whose BIP code is already stored replaces that
 * project (same id, version + 1, amounts and commune links rebuilt) unless nothing changed; other rows are new.
 * Runs in the import's transaction, so a rejected file changes nothing.
 */
final class BipUpdate {

    /** A stored project: its id and version, and its values in the order of {@link #values}. */
    private record Stored(int id, int version, List<Object> values) {}

    private final Map<String, Stored> stored = new HashMap<>();

    BipUpdate(JdbcTemplate jdbc, SqlFiles sql) {
        jdbc.query(sql.get(BipUpdate.class, "select-projects-by-bip"), rs -> {
            stored.put(rs.getString("codigo_bip"), new Stored(rs.getInt("id"), rs.getInt("version"), List.of(
                    rs.getString("nombre"), rs.getString("programa"), rs.getString("fuente_financiamiento"),
                    rs.getString("sector"), rs.getString("etapa"), Objects.toString(rs.getString("estado"), ""),
                    rs.getString("institucion"), Objects.toString(rs.getString("eje_estrategico"), ""),
                    rs.getLong("costo_total_clp"), rs.getInt("anio_inicio"), rs.getInt("anio_fin"),
                    Objects.toString(rs.getString("comuna_declarada"), ""), Wkb.read(rs.getBytes("wkb")).toText())));
        });
    }

    /** The id of the stored project with {@code bipCode}, or null. */
    Integer existing(String bipCode) {
        Stored s = bipCode == null ? null : stored.get(bipCode);
        return s == null ? null : s.id();
    }

    /** Whether {@code p} differs from the stored project with its BIP code. */
    boolean changed(InvestmentProject p) {
        return !stored.get(p.bipCode()).values().equals(values(p));
    }

    /** Replaces the stored project with {@code p}, rebuilding its yearly amounts; the caller re-links it. */
    void replace(JdbcTemplate jdbc, SqlFiles sql, InvestmentProject p) {
        Stored s = stored.get(p.bipCode());
        int updated = jdbc.update(sql.get(BipUpdate.class, "update-project-import"), p.name(), p.programme(), p.fundingSource(),
                p.sector(), p.stage(), p.status(), p.institution(), p.strategicAxis(), p.totalCostClp(),
                p.startYear(), p.endYear(), p.declaredCommune(), p.dataSource(), Wkb.write(p.geometry()), s.id(),
                s.version());
        if (updated == 0) {
            // Someone edited it since this import read it: the whole import is rolled back.
            throw ApiException.conflict("VersionConflict", "El proyecto con código BIP " + p.bipCode() + " cambió "
                    + "durante la importación; vuelva a importar el archivo");
        }
        InvestmentWriter.replaceAmounts(jdbc, sql, s.id(), p.amounts());
    }

    private static List<Object> values(InvestmentProject p) {
        return List.of(p.name(), p.programme(), p.fundingSource(), p.sector(), p.stage(),
                Objects.toString(p.status(), ""), p.institution(), Objects.toString(p.strategicAxis(), ""),
                p.totalCostClp(), p.startYear(), p.endYear(), Objects.toString(p.declaredCommune(), ""),
                p.geometry().toText());
    }
}
