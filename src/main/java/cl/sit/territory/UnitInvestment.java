package cl.sit.territory;

import static cl.sit.storage.IdArrays.chunks;

import cl.sit.storage.Batches;
import cl.sit.storage.SqlFiles;
import cl.sit.system.Phases;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * The investment of each unit kept when projects are written (see {@code V20__unit_investment_summary.sql}): the
 * projects' amounts over all years on their memberships, and every touched unit's investment per year (and, for a
 * commune, its coincidences of programmes) computed again, whole, from its memberships (the same SQL as the live
 * query, so no rounding builds up from increments).
 */
@Component
public class UnitInvestment {

    private final SqlFiles sql;

    UnitInvestment(SqlFiles sql) {
        this.sql = sql;
    }

    /** Each project's programmed and spent amounts summed over all its years; projects with none are absent. */
    Map<Integer, long[]> totals(JdbcTemplate jdbc, Collection<Integer> ids) {
        Map<Integer, long[]> out = new HashMap<>();
        for (List<Integer> chunk : chunks(new ArrayList<>(ids))) {
            jdbc.query(
                    get("select-amount-totals"),
                    rs -> {
                        out.put(rs.getInt(1), new long[] {rs.getLong(2), rs.getLong(3)});
                    },
                    new SqlArrayValue("integer", chunk.toArray()));
        }
        return out;
    }

    /** The units the projects belong to now. */
    Set<String> unitsOf(JdbcTemplate jdbc, List<Integer> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (List<Integer> chunk : chunks(ids)) {
            out.addAll(jdbc.queryForList(
                    get("select-units-of-projects"), String.class, new SqlArrayValue("integer", chunk.toArray())));
        }
        return out;
    }

    /** Computes again the yearly investment and membership count of the units. */
    void refresh(JdbcTemplate jdbc, Collection<String> units) {
        for (List<String> chunk : chunks(new ArrayList<>(units))) {
            for (String statement : List.of(
                    "delete-unit-years",
                    "delete-unit-summaries",
                    "delete-commune-programmes",
                    "delete-commune-coincidences",
                    "insert-unit-years",
                    "insert-unit-summaries",
                    "insert-commune-programmes",
                    "insert-commune-coincidences")) {
                jdbc.update(get(statement), new SqlArrayValue("varchar", chunk.toArray()));
            }
        }
    }

    /**
     * What each project adds to its units (sector, programme, part outside every commune, amounts per year); projects
     * with no amounts are absent. Read once for an import batch: it also gives the totals {@link #totals} reads.
     */
    Map<Integer, UnitAdditions.Project> figures(JdbcTemplate jdbc, Collection<Integer> ids) {
        Map<Integer, UnitAdditions.Project> out = new HashMap<>();
        Map<String, String> names = new HashMap<>(); // a few sectors and programmes, each kept once
        for (List<Integer> chunk : chunks(new ArrayList<>(ids))) {
            jdbc.query(
                    get("select-project-years"),
                    rs -> {
                        int id = rs.getInt(1);
                        UnitAdditions.Project project = out.get(id);
                        if (project == null) {
                            project = new UnitAdditions.Project(
                                    names.computeIfAbsent(rs.getString(2), k -> k),
                                    names.computeIfAbsent(rs.getString(3), k -> k),
                                    rs.getDouble(4),
                                    new ArrayList<>(2));
                            out.put(id, project);
                        }
                        project.years().add(new UnitAdditions.Year(rs.getInt(5), rs.getLong(6), rs.getLong(7)));
                    },
                    new SqlArrayValue("integer", chunk.toArray()));
        }
        return out;
    }

    /**
     * Adds projects just inserted, with their memberships, amounts and links written, to their units' kept figures
     * (sums that only grow, and counts; summed in memory by {@link UnitAdditions}): a national import batch touches
     * every unit, and computing them all again after each batch made the tenth 100,000-row batch of the scale run
     * 26 s slower. The coincidences of the cells they run in are then taken again from the kept programmes.
     */
    void add(JdbcTemplate jdbc, UnitAdditions additions, Phases phases) {
        Batches.update(jdbc, get("add-unit-year"), additions.yearRows());
        Batches.update(jdbc, get("add-unit-summary"), additions.summaryRows());
        phases.mark("unit years and counts");
        Batches.update(jdbc, get("add-commune-programme"), additions.programmeRows());
        phases.mark("commune programmes");
        List<Object[]> cells = additions.cells();
        for (List<Object[]> chunk : chunks(cells)) {
            jdbc.update(
                    get("merge-cell-coincidences"),
                    new SqlArrayValue("varchar", chunk.stream().map(c -> c[0]).toArray()),
                    new SqlArrayValue("varchar", chunk.stream().map(c -> c[1]).toArray()),
                    new SqlArrayValue("integer", chunk.stream().map(c -> c[2]).toArray()));
        }
        phases.mark("coincidences of " + cells.size() + " cells");
    }

    /**
     * Whether the kept figures of all these units are current: computed over as many memberships as each has now.
     * Readers compute from every project when not.
     */
    public boolean current(JdbcTemplate jdbc, List<String> units) {
        for (List<String> chunk : chunks(units)) {
            Integer stale = jdbc.queryForObject(
                    get("count-stale-units"), Integer.class, new SqlArrayValue("varchar", chunk.toArray()));
            if (stale == null || stale > 0) {
                return false;
            }
        }
        return true;
    }

    /** Computes again every unit's (after memberships were rebuilt or removed in bulk). */
    void refreshAll(JdbcTemplate jdbc) {
        refresh(jdbc, jdbc.queryForList(get("select-all-units"), String.class));
    }

    private String get(String name) {
        return sql.get(UnitInvestment.class, name);
    }
}
