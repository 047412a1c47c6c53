package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.ErrorCode;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The update mode of an import ({@code modo=actualizar}): a row whose BIP code is already stored replaces that
 * project (same id, version + 1, amounts and commune links rebuilt) unless nothing changed; other rows are new.
 * Runs in the import's transaction, so a rejected file changes nothing.
 */
final class BipUpdate {

    /** A stored project: its id, version and values (without amounts). */
    private record Stored(int id, int version, ProjectState state) {}

    private final Map<String, Stored> stored = new HashMap<>();

    BipUpdate(JdbcTemplate jdbc, SqlFiles sql) {
        jdbc.query(sql.get(BipUpdate.class, "select-projects-by-bip"), rs -> {
            stored.put(
                    rs.getString("codigo_bip"),
                    new Stored(rs.getInt("id"), rs.getInt("version"), ProjectState.read(rs, null)));
        });
    }

    /** The id of the stored project with {@code bipCode}, or null. */
    Integer existing(String bipCode) {
        Stored s = bipCode == null ? null : stored.get(bipCode);
        return s == null ? null : s.id();
    }

    /** Whether {@code p} differs from the stored project with its BIP code. */
    boolean changed(InvestmentProject p) {
        return stored.get(p.bipCode()).state().differsFrom(ProjectState.of(p));
    }

    /**
     * Replaces the stored project with {@code p}, rebuilding its yearly amounts; the caller re-links it. Returns
     * what changed, for its history.
     */
    ProjectState.Changes replace(JdbcTemplate jdbc, SqlFiles sql, ProjectHistory history, InvestmentProject p) {
        Stored s = stored.get(p.bipCode());
        ProjectState before = new ProjectState(s.state().fields(), s.state().geometryWkt(), history.amounts(s.id()));
        int updated = jdbc.update(
                sql.get(BipUpdate.class, "update-project-import"),
                p.name(),
                p.programme(),
                p.fundingSource(),
                p.sector(),
                p.stage(),
                p.status(),
                p.institution(),
                p.strategicAxis(),
                p.totalCostClp(),
                p.startYear(),
                p.endYear(),
                p.declaredCommune(),
                p.dataSource(),
                Wkb.write(p.geometry()),
                s.id(),
                s.version());
        if (updated == 0) {
            // Someone edited it since this import read it: the whole import is rolled back.
            throw ErrorCode.CHANGED_DURING_IMPORT.exception("El proyecto con código BIP " + p.bipCode() + " cambió "
                    + "durante la importación; vuelva a importar el archivo");
        }
        InvestmentWriter.replaceAmounts(jdbc, sql, s.id(), p.amounts());
        return ProjectState.of(p).changesFrom(before);
    }
}
