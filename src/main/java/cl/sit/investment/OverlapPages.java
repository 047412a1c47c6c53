package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pages of the stored overlap pairs ({@link StoredAlerts}) with their counts, for a distance up to the stored one:
 * every reason needs the two projects within the distance, so a pair drops out beyond the distance asked for.
 */
@Component
class OverlapPages {

    /**
     * Territories with at most this many projects read their pairs through the pair indexes, larger ones in one pass
     * over every pair (at 1,000,000 projects: a commune of 551 projects 54 ms against 296 ms; a region of 45,000 the
     * other way round, 868 ms against about 500 ms).
     */
    static final int THROUGH_PROJECTS_AT_MOST = 5_000;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ProjectCatalog catalog;

    OverlapPages(JdbcTemplate jdbc, SqlFiles sql, ProjectCatalog catalog) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.catalog = catalog;
    }

    /** What a stored pair row says. */
    private record Stored(int a, int b, int reasons, double distanceM) {}

    /** A page; the per-commune counts only when {@code perCommune} (they join every matched pair). */
    OverlapReport page(double distanceM, double maxDistanceM, ProjectsInTerritory territory, int limit, int offset,
            boolean perCommune) {
        return page(distanceM, maxDistanceM, territory, limit, offset, perCommune, THROUGH_PROJECTS_AT_MOST);
    }

    /** As above, reading the pairs through the indexes for territories of at most {@code throughProjectsAtMost}. */
    OverlapReport page(double distanceM, double maxDistanceM, ProjectsInTerritory territory, int limit, int offset,
            boolean perCommune, int throughProjectsAtMost) {
        boolean small = territory.filtered() && jdbc.queryForObject(sql.get(OverlapPages.class,
                "count-unit-memberships"), Integer.class, territory.unit()) <= throughProjectsAtMost;
        List<Stored> rows = jdbc.query(territory.pairs(sql, sql.get(OverlapPages.class, "overlap-page"), small),
                (rs, i) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4)),
                territory.pairArgs(small, distanceM, limit, offset));
        Set<Integer> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.a());
            ids.add(r.b());
        });
        Map<Integer, ProjectCatalog.Project> byId = new HashMap<>();
        catalog.of(ids).forEach(p -> byId.put(p.id(), p));
        List<OverlapReport.Pair> pairs = new ArrayList<>();
        for (Stored r : rows) {
            pairs.add(OverlapReport.Pair.of(byId.get(r.a()), byId.get(r.b()), reasons(r), r.distanceM(),
                    distanceM));
        }
        Map<Reason, Integer> perReason = new EnumMap<>(Reason.class);
        jdbc.query(territory.pairs(sql, sql.get(OverlapPages.class, "overlap-count-by-reason"), small), rs -> {
            perReason.put(Reason.values()[rs.getInt(1)], rs.getInt(2));
        }, territory.pairArgs(small, distanceM));
        long matched = perReason.values().stream().mapToLong(Integer::longValue).sum();
        List<OverlapReport.ReasonCount> reasons = new ArrayList<>();
        for (Reason r : Reason.values()) {
            reasons.add(new OverlapReport.ReasonCount(r.code(), r.label(distanceM), perReason.getOrDefault(r, 0)));
        }
        return new OverlapReport(distanceM, pairs, perCommune ? perCommune(distanceM, territory) : List.of(),
                catalog.communeGeometry(),
                matched, pairs.size(), limit, offset, reasons, catalog.anyIllustrative(), maxDistanceM);
    }

    private List<OverlapReport.Commune> perCommune(double distanceM, ProjectsInTerritory territory) {
        Map<String, Integer> counts = new TreeMap<>();
        List<Object> args = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            args.addAll(List.of(territory.communeArgs(List.of(distanceM))));
        }
        jdbc.query(statement("overlap-count-by-commune", territory), rs -> {
            counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
        }, args.toArray());
        Map<String, String> names = catalog.communeNames();
        List<OverlapReport.Commune> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new OverlapReport.Commune(code, names.get(code), n)));
        return out;
    }

    private String statement(String name, ProjectsInTerritory territory) {
        return territory.apply(sql, sql.get(OverlapPages.class, name), "o.proyecto_a", "o.proyecto_b");
    }

    /** The pair's reasons, strongest first (the pages keep only pairs within the distance asked for). */
    private static List<Reason> reasons(Stored r) {
        List<Reason> out = new ArrayList<>();
        for (Reason reason : Reason.values()) {
            if ((r.reasons() & 1 << reason.ordinal()) != 0) {
                out.add(reason);
            }
        }
        return out;
    }
}
