package cl.sit.investment;

import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import cl.sit.system.Phases;
import cl.sit.system.SitProperties;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the stored conservation screening and overlap pairs current (DESIGN: computed when projects are written,
 * like the commune shares): {@link InvestmentLinker} calls {@link #update} for the projects it links, in the
 * transaction that writes them, so an edit, an import (all or nothing) or a relink changes their rows with them;
 * removing a project removes its rows (foreign keys, {@code ON DELETE CASCADE}; on H2 a trigger for the pairs,
 * {@link PairsOfDeletedProject}). A large batch (a quarter of the
 * portfolio or more) recomputes everything in memory instead of asking the indexes a chunk at a time.
 */
@Component
public class StoredAlerts implements AlertDistances {

    private static final Logger log = LoggerFactory.getLogger(StoredAlerts.class);

    /** Names of the analyses in {@code investment_alert_state}. */
    static final String SCREENING = "cribado";

    static final String OVERLAPS = "superposicion";
    /**
     * Version of the pair rules the rows were computed with. 2: every reason needs the projects within the distance
     * (the same commune, sector and years alone became {@link Coincidences}); rows of version 1 are recomputed.
     * 3: the index prefilter widened with the shortest degree of WGS84 ({@code SearchEnvelope}), which finds pairs
     * just inside the distance north-south that version 2 missed.
     */
    static final String RULES = "reglas";
    /** The conservation areas the screening was computed against ({@link StoredScreening#areasFingerprint}). */
    static final String AREAS = "areas";
    /** Written projects whose alerts are recomputed at once. */
    static final int CHUNK = 10_000;
    /**
     * Largest portfolio recomputed in memory: every project and its geometry are held at once, so above this a large
     * batch also goes through the indexes (a national portfolio of 1,000,000 does not fit SIT's 768 MB heap).
     */
    static final int IN_MEMORY_AT_MOST = 150_000;

    static final double RULES_VERSION = 3;

    private final SqlFiles sql;
    private final ProjectCatalog catalog;
    private final StoredScreening screening;
    private final StoredOverlaps overlaps;
    private final UnitOverlapCounts counts;
    private final double screeningMaxM;
    private final double overlapDistanceM;

    StoredAlerts(SqlFiles sql, ProjectCatalog catalog, SitProperties properties) {
        this.sql = sql;
        this.catalog = catalog;
        this.screeningMaxM = properties.investment().screeningMaxM();
        this.overlapDistanceM = properties.investment().overlapDistanceM();
        this.screening = new StoredScreening(sql, screeningMaxM);
        this.overlaps = new StoredOverlaps(sql, catalog, overlapDistanceM);
        this.counts = new UnitOverlapCounts(sql);
    }

    /** The pairs counted per unit and reason, kept with the pairs. */
    UnitOverlapCounts counts() {
        return counts;
    }

    /** Largest screening buffer served (metres): the stored one. */
    @Override
    public double screeningMaxM() {
        return screeningMaxM;
    }

    /** Largest overlap distance served (metres): the stored one. */
    @Override
    public double overlapDistanceM() {
        return overlapDistanceM;
    }

    /** Before the memberships and pairs of these stored projects are replaced: their share of the kept counts out. */
    void beforeReplace(JdbcTemplate jdbc, List<Integer> ids) {
        counts.subtract(jdbc, ids);
    }

    /** Recomputes the rows of these projects, just written and linked ({@code inserted}: new ones). */
    void update(JdbcTemplate jdbc, List<Integer> ids, boolean inserted) {
        if (ids.isEmpty()) {
            return;
        }
        // A batch of a quarter of the portfolio or more: everything again in memory (its memory is then at most four
        // times the batch's), up to IN_MEMORY_AT_MOST projects. Through the indexes, all 20,000 projects of the scale
        // test take 40 s on PostgreSQL and 77 s on H2, against 27-30 s in memory (AbstractStoredAlertsScaleIT).
        Integer total = jdbc.queryForObject(sql.get(StoredAlerts.class, "count-projects"), Integer.class);
        if (total == null || (long) ids.size() * 4 > total && total <= IN_MEMORY_AT_MOST) {
            all(jdbc);
        } else {
            Phases phases = Phases.start(log, "screening and overlaps of " + ids.size() + " projects");
            throughIndexes(jdbc, ids, CHUNK, inserted, phases);
            counts.add(jdbc, ids, inserted ? ids.size() : 0);
            phases.mark("overlap counts per unit");
            phases.done();
        }
    }

    /**
     * Recomputes the rows of these projects through the indexes, a chunk at a time (H2 refuses arrays over 65,536
     * ids). A pair across two chunks is found by the later one (the earlier one is already written) and replaces
     * the earlier's; {@code fresh}: the projects have no rows yet (just inserted, or every row was deleted), so
     * nothing is deleted and the later chunk leaves such a pair as the earlier one stored it.
     */
    void throughIndexes(JdbcTemplate jdbc, List<Integer> ids, int chunk, boolean fresh) {
        throughIndexes(jdbc, ids, chunk, fresh, Phases.start(log, "screening and overlaps"));
    }

    private void throughIndexes(JdbcTemplate jdbc, List<Integer> ids, int chunk, boolean fresh, Phases phases) {
        Set<Integer> recorded = fresh ? new HashSet<>() : null;
        for (int from = 0; from < ids.size(); from += chunk) {
            List<Integer> part = ids.subList(from, Math.min(ids.size(), from + chunk));
            List<ProjectCatalog.Project> written = catalog.of(part);
            phases.mark("catalog");
            screening.replace(jdbc, written, fresh);
            phases.mark("screening");
            overlaps.replace(jdbc, written, recorded, phases);
            if (recorded != null) {
                recorded.addAll(part);
            }
        }
    }

    /** Recomputes every row, records the distances used, and returns the number of projects. */
    int all(JdbcTemplate jdbc) {
        return all(jdbc, IN_MEMORY_AT_MOST);
    }

    /**
     * As {@link #all(JdbcTemplate)}; over {@code inMemoryAtMost} projects, through the indexes a chunk at a time
     * (a start after the rules changed at 1,000,000 projects ran out of a 768 MB heap reading them all at once).
     */
    int all(JdbcTemplate jdbc, int inMemoryAtMost) {
        Integer total = jdbc.queryForObject(sql.get(StoredAlerts.class, "count-projects"), Integer.class);
        int n;
        if (total != null && total > inMemoryAtMost) {
            List<Integer> ids = jdbc.queryForList(sql.get(StoredAlerts.class, "select-project-ids"), Integer.class);
            screening.replaceAll(jdbc, List.of());
            overlaps.replaceAll(jdbc, List.of());
            throughIndexes(jdbc, ids, CHUNK, true);
            n = ids.size();
        } else {
            List<ProjectCatalog.Project> projects = catalog.all();
            screening.replaceAll(jdbc, projects);
            overlaps.replaceAll(jdbc, projects);
            n = projects.size();
        }
        counts.rebuild(jdbc);
        jdbc.update(sql.get(StoredAlerts.class, "delete-alert-state"));
        jdbc.batchUpdate(
                sql.get(StoredAlerts.class, "insert-alert-state"),
                List.of(
                        new Object[] {SCREENING, screeningMaxM}, new Object[] {OVERLAPS, overlapDistanceM},
                        new Object[] {RULES, RULES_VERSION}, new Object[] {AREAS, screening.areasFingerprint(jdbc)}));
        // PostgreSQL's ANALYZE runs inside the transaction. H2's commits it (as DDL does there), which would keep
        // half an import or a preview: H2 is never asked.
        if (sql.dialect() == Dialect.POSTGIS) {
            jdbc.execute(sql.get(StoredAlerts.class, "analyze-alerts"));
        }
        return n;
    }

    /** Whether every row was last computed for the configured distances and the conservation areas stored now. */
    boolean current(JdbcTemplate jdbc) {
        Map<String, Double> stored = new HashMap<>();
        jdbc.query(sql.get(StoredAlerts.class, "select-alert-state"), rs -> {
            stored.put(rs.getString(1), rs.getDouble(2));
        });
        return stored.equals(Map.of(
                SCREENING,
                screeningMaxM,
                OVERLAPS,
                overlapDistanceM,
                RULES,
                RULES_VERSION,
                AREAS,
                screening.areasFingerprint(jdbc)));
    }
}
