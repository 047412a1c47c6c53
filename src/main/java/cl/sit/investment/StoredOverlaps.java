package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap;
import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the stored overlap pairs ({@code investment_overlap}) with the rules of {@link ProgrammeOverlap}, for the
 * configured distance. For a few written projects, their neighbours come from the store's spatial index
 * ({@code &&} on the envelope widened by the distance) and JTS decides;
 * for all projects, the whole analysis runs in memory.
 */
final class StoredOverlaps {

    private final SqlFiles sql;
    private final ProjectCatalog catalog;
    private final double distanceM;

    StoredOverlaps(SqlFiles sql, ProjectCatalog catalog, double distanceM) {
        this.sql = sql;
        this.catalog = catalog;
        this.distanceM = distanceM;
    }

    /** Replaces the pairs of these projects (stored, linked) with the ones they form now. */
    void replace(JdbcTemplate jdbc, List<ProjectCatalog.Project> written) {
        List<Object[]> keys = written.stream().map(p -> new Object[] {p.id()}).toList();
        jdbc.batchUpdate(sql.get(StoredOverlaps.class, "delete-overlaps-of-a"), keys);
        jdbc.batchUpdate(sql.get(StoredOverlaps.class, "delete-overlaps-of-b"), keys);
        Map<Integer, Set<Integer>> candidates = new LinkedHashMap<>();
        Set<Integer> all = new HashSet<>();
        for (ProjectCatalog.Project p : written) {
            Set<Integer> ids = candidates(jdbc, p);
            candidates.put(p.id(), ids);
            all.addAll(ids);
        }
        Map<Integer, ProgrammeOverlap.Project> byId = new HashMap<>();
        catalog.of(all).forEach(p -> byId.put(p.id(), project(p)));
        Map<Long, ProgrammeOverlap.Pair> pairs = new LinkedHashMap<>();
        for (ProjectCatalog.Project p : written) {
            List<ProgrammeOverlap.Project> near = candidates.get(p.id()).stream().map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            for (ProgrammeOverlap.Pair pair : ProgrammeOverlap.against(project(p), near, distanceM)) {
                pairs.putIfAbsent((long) pair.a().id() << 32 | pair.b().id(), pair);
            }
        }
        insert(jdbc, new ArrayList<>(pairs.values()));
    }

    /** Replaces every pair by those of {@code projects} (all of them). */
    void replaceAll(JdbcTemplate jdbc, List<ProjectCatalog.Project> projects) {
        jdbc.update(sql.get(StoredOverlaps.class, "delete-overlaps-all"));
        insert(jdbc, ProgrammeOverlap.find(projects.stream().map(StoredOverlaps::project).toList(), distanceM));
    }

    /** Ids of the projects that may pair with {@code p}: those near its envelope whose years overlap. */
    private Set<Integer> candidates(JdbcTemplate jdbc, ProjectCatalog.Project p) {
        Set<Integer> ids = new HashSet<>();
        Envelope e = ProgrammeOverlap.searchEnvelope(p.geometry(), distanceM);
        ids.addAll(jdbc.queryForList(sql.get(StoredOverlaps.class, "select-near-candidates"), Integer.class,
                e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), p.endYear(), p.startYear()));
        ids.remove(p.id());
        return ids;
    }

    /** Inserts the pairs, measuring their distances on all cores (pure JTS). */
    private void insert(JdbcTemplate jdbc, List<ProgrammeOverlap.Pair> pairs) {
        int n = pairs.size();
        for (int from = 0; from < n; from += InvestmentWriter.BATCH * 10) {
            int to = Math.min(n, from + InvestmentWriter.BATCH * 10);
            List<Object[]> rows = IntStream.range(from, to).parallel().mapToObj(i -> row(pairs.get(i))).toList();
            for (int k = 0; k < rows.size(); k += InvestmentWriter.BATCH) {
                jdbc.batchUpdate(sql.get(StoredOverlaps.class, "insert-overlap"),
                        rows.subList(k, Math.min(rows.size(), k + InvestmentWriter.BATCH)));
            }
        }
    }

    private static Object[] row(ProgrammeOverlap.Pair p) {
        int bits = 0;
        for (Reason r : p.reasons()) {
            bits |= 1 << r.ordinal();
        }
        return new Object[] {p.a().id(), p.b().id(), (short) p.reason().ordinal(), bits,
            p.reasons().contains(Reason.TERRITORIO_ANIOS_SECTOR), p.distanceM(),
            Math.max(p.a().startYear(), p.b().startYear()), Math.min(p.a().endYear(), p.b().endYear())};
    }

    static ProgrammeOverlap.Project project(ProjectCatalog.Project p) {
        return new ProgrammeOverlap.Project(p.id(), p.name(), p.programme(), p.sector(), p.startYear(), p.endYear(),
                p.communes(), p.geometry());
    }
}
