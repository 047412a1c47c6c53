package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap;
import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.storage.SqlFiles;
import cl.sit.system.Phases;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the stored overlap pairs ({@code investment_overlap}) with the rules of {@link ProgrammeOverlap}, for the
 * configured distance. For written projects, their neighbours come from the store's spatial index
 * ({@link CandidatePairs}: the envelope widened by the distance) and JTS decides; for all projects, the whole analysis
 * runs in memory.
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

    /**
     * Replaces the pairs of these projects (stored, linked) with the ones they form now: their candidates come from
     * the store's spatial index ({@link CandidatePairs}), then JTS decides each written project against its own.
     * {@code recorded}, when not null, holds the projects of the same write whose pairs are stored already (earlier
     * chunks of projects that had none): nothing is deleted, and a pair with one of them is not stored twice.
     */
    void replace(JdbcTemplate jdbc, List<ProjectCatalog.Project> written, Set<Integer> recorded, Phases phases) {
        if (recorded == null) {
            // One statement per id: H2 rechecks "= ANY(array)" element by element on every row it deletes.
            List<Object[]> keys =
                    written.stream().map(p -> new Object[] {p.id()}).toList();
            jdbc.batchUpdate(sql.get(StoredOverlaps.class, "delete-overlaps-of-a"), keys);
            jdbc.batchUpdate(sql.get(StoredOverlaps.class, "delete-overlaps-of-b"), keys);
            phases.mark("overlaps deleted");
        }
        Map<Integer, List<Integer>> candidates =
                CandidatePairs.of(jdbc, sql, written, distanceM, other -> recorded != null && recorded.contains(other));
        Set<Integer> all = new HashSet<>();
        candidates.values().forEach(all::addAll);
        phases.mark("near pairs (" + all.size() + " others)");
        // The written projects are at hand; only the other candidates are read.
        Map<Integer, ProgrammeOverlap.Project> byId = new HashMap<>();
        written.forEach(p -> byId.put(p.id(), project(p)));
        all.removeAll(byId.keySet());
        catalog.of(all).forEach(p -> byId.put(p.id(), project(p)));
        phases.mark("others read");
        Map<Long, ProgrammeOverlap.Pair> pairs = new ConcurrentHashMap<>();
        written.parallelStream().forEach(p -> {
            List<ProgrammeOverlap.Project> near = candidates.getOrDefault(p.id(), List.of()).stream()
                    .map(byId::get)
                    .filter(Objects::nonNull)
                    .toList();
            for (ProgrammeOverlap.Pair pair : ProgrammeOverlap.against(byId.get(p.id()), near, distanceM)) {
                pairs.putIfAbsent((long) pair.a().id() << 32 | pair.b().id(), pair);
            }
        });
        phases.mark("pairs decided (" + pairs.size() + ")");
        insert(jdbc, pairs.keySet().stream().sorted().map(pairs::get).toList());
        phases.mark("pairs inserted");
    }

    /** Replaces every pair by those of {@code projects} (all of them). */
    void replaceAll(JdbcTemplate jdbc, List<ProjectCatalog.Project> projects) {
        jdbc.update(sql.get(StoredOverlaps.class, "delete-overlaps-all"));
        insert(
                jdbc,
                ProgrammeOverlap.find(
                        projects.stream().map(StoredOverlaps::project).toList(), distanceM));
    }

    /** Inserts the pairs, measuring their distances on all cores (pure JTS). */
    private void insert(JdbcTemplate jdbc, List<ProgrammeOverlap.Pair> pairs) {
        int n = pairs.size();
        for (int from = 0; from < n; from += InvestmentWriter.BATCH * 10) {
            int to = Math.min(n, from + InvestmentWriter.BATCH * 10);
            List<Object[]> rows = IntStream.range(from, to)
                    .parallel()
                    .mapToObj(i -> row(pairs.get(i)))
                    .toList();
            for (int k = 0; k < rows.size(); k += InvestmentWriter.BATCH) {
                jdbc.batchUpdate(
                        sql.get(StoredOverlaps.class, "insert-overlap"),
                        rows.subList(k, Math.min(rows.size(), k + InvestmentWriter.BATCH)));
            }
        }
    }

    private static Object[] row(ProgrammeOverlap.Pair p) {
        int bits = 0;
        for (Reason r : p.reasons()) {
            bits |= 1 << r.ordinal();
        }
        return new Object[] {
            p.a().id(),
            p.b().id(),
            (short) p.reason().ordinal(),
            bits,
            p.reasons().contains(Reason.TERRITORIO_ANIOS_SECTOR),
            p.distanceM(),
            Math.max(p.a().startYear(), p.b().startYear()),
            Math.min(p.a().endYear(), p.b().endYear())
        };
    }

    static ProgrammeOverlap.Project project(ProjectCatalog.Project p) {
        return new ProgrammeOverlap.Project(
                p.id(), p.name(), p.programme(), p.sector(), p.startYear(), p.endYear(), p.communes(), p.geometry());
    }
}
