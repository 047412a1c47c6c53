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
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Pages of the stored overlap pairs ({@link StoredAlerts}) with their counts, for a distance up to the stored one:
 * every reason needs the two projects within the distance, so a pair drops out beyond the distance asked for.
 */
@Component
class OverlapPages implements OverlapReports {

    /**
     * Territories with at most this many projects read and count their pairs through the pair indexes; larger ones
     * read the kept counts, or count in one pass over every pair when those are not current or a shorter distance
     * is asked (at 1,000,000 projects, counting and reading a page: a commune of 551 projects 54 ms against 296 ms;
     * a region of 45,000 the other way round, 868 ms against about 500 ms).
     */
    static final int THROUGH_PROJECTS_AT_MOST = 5_000;
    /**
     * What reading one of a unit's pairs through the pair indexes and sorting it costs, in rows walked in page order
     * (at 1,000,000 projects on PostgreSQL: about 5 µs against 0.3 µs; a commune of 667 pairs 5 ms one way and 8 ms
     * the other, one of 1,543 pairs 6.4 ms and 2.4 ms).
     */
    static final int THROUGH_COST = 16;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ProjectCatalog catalog;
    private final UnitOverlapCounts counts;

    OverlapPages(JdbcTemplate jdbc, SqlFiles sql, ProjectCatalog catalog, StoredAlerts alerts) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.catalog = catalog;
        this.counts = alerts.counts();
    }

    /** What a stored pair row says. */
    private record Stored(int a, int b, int reasons, double distanceM) {}

    private static final RowMapper<Stored> STORED =
            (rs, i) -> new Stored(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getDouble(4));

    @Override
    public OverlapReport page(
            double distanceM,
            double maxDistanceM,
            ProjectsInTerritory territory,
            int limit,
            int offset,
            boolean perCommune) {
        return page(distanceM, maxDistanceM, territory, limit, offset, perCommune, null);
    }

    /**
     * As above, a territory's pairs read through its projects or by walking every pair as {@code throughProjects}
     * says (null: whichever is faster).
     */
    OverlapReport page(
            double distanceM,
            double maxDistanceM,
            ProjectsInTerritory territory,
            int limit,
            int offset,
            boolean perCommune,
            Boolean throughProjects) {
        // The counts kept per unit at the stored distance, when current, tell which way a territory's page is read
        // faster; else a small territory reads its own pairs and counts them, a larger one walks every pair.
        UnitOverlapCounts.Kept kept = distanceM == maxDistanceM
                ? counts.current(jdbc, territory.filtered() ? territory.unit() : UnitOverlapCounts.EVERY)
                : null;
        boolean small = territory.filtered()
                && (throughProjects != null
                        ? throughProjects
                        : kept != null
                                ? throughProjects(kept.unit(), kept.every(), (long) limit + offset)
                                : jdbc.queryForObject(
                                                sql.get(OverlapPages.class, "count-unit-memberships"),
                                                Integer.class,
                                                territory.unit())
                                        <= THROUGH_PROJECTS_AT_MOST);
        Map<Reason, Long> perReason = kept != null ? kept.unit() : counted(distanceM, territory, small);
        List<Stored> rows = jdbc.query(
                territory.pairs(sql, sql.get(OverlapPages.class, "overlap-page"), small),
                STORED,
                territory.pairArgs(small, distanceM, limit, offset));
        return report(
                rows,
                perReason,
                distanceM,
                maxDistanceM,
                perCommune ? perCommune(distanceM, territory) : List.of(),
                limit,
                offset);
    }

    /**
     * The pairs of one project as a page, with their counts: read through the pair indexes of either side, so the
     * cost is that project's pairs, whatever the number of projects.
     */
    @Override
    public OverlapReport ofProject(int id, double distanceM, double maxDistanceM, int limit, int offset) {
        String pairs = sql.get(OverlapPages.class, "pairs-of-project")
                .lines()
                .filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining(" "));
        Map<Reason, Long> perReason = countByReason(ofProject(pairs, "overlap-count-by-reason"), id, id, distanceM);
        List<Stored> rows = jdbc.query(ofProject(pairs, "overlap-page"), STORED, id, id, distanceM, limit, offset);
        return report(rows, perReason, distanceM, maxDistanceM, List.of(), limit, offset);
    }

    private String ofProject(String pairs, String statement) {
        return sql.get(OverlapPages.class, statement)
                .replace("{overlaps}", pairs)
                .replace("{pair_in_territory}", "1 = 1");
    }

    /** The page of {@code rows} with their projects, and the counts given. */
    private OverlapReport report(
            List<Stored> rows,
            Map<Reason, Long> perReason,
            double distanceM,
            double maxDistanceM,
            List<OverlapReport.Commune> perCommune,
            int limit,
            int offset) {
        Set<Integer> ids = new LinkedHashSet<>();
        rows.forEach(r -> {
            ids.add(r.a());
            ids.add(r.b());
        });
        Map<Integer, ProjectCatalog.Project> byId = new HashMap<>();
        catalog.of(ids).forEach(p -> byId.put(p.id(), p));
        List<OverlapReport.Pair> pairs = new ArrayList<>();
        for (Stored r : rows) {
            pairs.add(OverlapReport.Pair.of(byId.get(r.a()), byId.get(r.b()), reasons(r), r.distanceM(), distanceM));
        }
        long matched = perReason.values().stream().mapToLong(Long::longValue).sum();
        List<OverlapReport.ReasonCount> reasons = new ArrayList<>();
        for (Reason r : Reason.values()) {
            reasons.add(new OverlapReport.ReasonCount(r.code(), r.label(distanceM), perReason.getOrDefault(r, 0L)));
        }
        return new OverlapReport(
                distanceM,
                pairs,
                perCommune,
                catalog.communeGeometry(),
                matched,
                pairs.size(),
                limit,
                offset,
                reasons,
                catalog.anyIllustrative(),
                maxDistanceM);
    }

    /** The matched pairs per strongest reason, counted from the pairs. */
    private Map<Reason, Long> counted(double distanceM, ProjectsInTerritory territory, boolean small) {
        return countByReason(
                territory.pairs(sql, sql.get(OverlapPages.class, "overlap-count-by-reason"), small),
                territory.pairArgs(small, distanceM));
    }

    /** What a statement counting pairs per strongest reason (ordinal, count) gives. */
    private Map<Reason, Long> countByReason(String statement, Object... args) {
        Map<Reason, Long> perReason = new EnumMap<>(Reason.class);
        jdbc.query(
                statement,
                rs -> {
                    perReason.put(Reason.values()[rs.getInt(1)], rs.getLong(2));
                },
                args);
        return perReason;
    }

    /**
     * Whether a unit's page at the stored distance is read from its projects through the pair indexes rather than
     * by walking every pair in page order until {@code wanted} of its own have passed: the walk reads about
     * {@link #scanRows} rows, the other way reads each of the unit's pairs at about {@value #THROUGH_COST} times the
     * cost of a row walked, then sorts them.
     */
    static boolean throughProjects(Map<Reason, Long> unit, Map<Reason, Long> every, long wanted) {
        long pairs = unit.values().stream().mapToLong(Long::longValue).sum();
        return (double) pairs * THROUGH_COST < scanRows(unit, every, wanted);
    }

    /**
     * Rows walked in page order (strongest reason first) before {@code wanted} pairs of the unit have passed, taking
     * the unit's pairs of each reason as spread evenly among all the pairs of that reason.
     */
    static double scanRows(Map<Reason, Long> unit, Map<Reason, Long> every, long wanted) {
        double rows = 0;
        long left = wanted;
        for (Reason r : Reason.values()) {
            long mine = unit.getOrDefault(r, 0L);
            long all = every.getOrDefault(r, 0L);
            if (mine >= left) {
                return rows + left * (double) all / mine;
            }
            rows += all;
            left -= mine;
        }
        return rows;
    }

    private List<OverlapReport.Commune> perCommune(double distanceM, ProjectsInTerritory territory) {
        Map<String, Integer> counts = new TreeMap<>();
        List<Object> args = new ArrayList<>();
        for (int part = 0; part < 2; part++) {
            args.addAll(List.of(territory.communeArgs(List.of(distanceM))));
        }
        jdbc.query(
                statement("overlap-count-by-commune", territory),
                rs -> {
                    counts.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                },
                args.toArray());
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
