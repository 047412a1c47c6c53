package cl.sit.investment;

import cl.sit.analysis.SearchEnvelope;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The candidate overlap pairs of written projects: the stored projects (the written ones included) whose bounding box
 * meets a written project's widened by the overlap distance ({@link SearchEnvelope#around}) and whose years overlap
 * its own. JTS decides afterwards ({@code ProgrammeOverlap}).
 *
 * <p>A group of {@link #AT_ONCE} written projects, consecutive along a Hilbert curve and so close on the ground,
 * reads the stored projects in the box around all of them once ({@code select-stored-in-box}: id, bounding box,
 * years), and a JTS {@link STRtree} in memory answers each of them. Asking the spatial index once per project instead
 * read every stored neighbour's row again for each written project near it: where projects are dense (a city's
 * communes) about a hundred rows per project. A group spread over more than {@link #SPREAD} times the area of its
 * projects' search boxes, or whose box holds more than {@link #PER_PROJECT} stored projects per written one (it
 * straddles a city and far places), is asked project by project ({@code select-near-pairs-of}).
 */
final class CandidatePairs {

    /** Written projects answered from one read of their box. */
    static final int AT_ONCE = 2_000;

    /**
     * How much larger than its projects' search boxes together a group's box may be: a group spread wider (sparse
     * projects, a bend of the curve) is asked project by project, which reads little there.
     */
    static final double SPREAD = 4;

    /** Stored projects per written one a box read may bring before the group is asked project by project. */
    static final int PER_PROJECT = 25;

    private record Stored(int id, int start, int end) {}

    private CandidatePairs() {}

    /**
     * The candidates of each written project (by id; projects without any are left out), without the pairs
     * {@code skip} names by the other project's id.
     */
    static Map<Integer, List<Integer>> of(
            JdbcTemplate jdbc,
            SqlFiles sql,
            List<ProjectCatalog.Project> written,
            double distanceM,
            IntPredicate skip) {
        return of(jdbc, sql, written, distanceM, skip, AT_ONCE, SPREAD, PER_PROJECT);
    }

    /**
     * As above, in groups of {@code atOnce}, asked project by project when spread over more than {@code spread} times
     * their search boxes or over {@code perProject} stored per project.
     */
    static Map<Integer, List<Integer>> of(
            JdbcTemplate jdbc,
            SqlFiles sql,
            List<ProjectCatalog.Project> written,
            double distanceM,
            IntPredicate skip,
            int atOnce,
            double spread,
            int perProject) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        for (int from = 0; from < written.size(); from += atOnce) {
            List<ProjectCatalog.Project> group = written.subList(from, Math.min(written.size(), from + atOnce));
            if (!fromBox(jdbc, sql, group, distanceM, skip, spread, perProject, out)) {
                byProject(jdbc, sql, group, distanceM, skip, out);
            }
        }
        return out;
    }

    /** The group's candidates from one read of its box; false (nothing added) when the box holds too many. */
    private static boolean fromBox(
            JdbcTemplate jdbc,
            SqlFiles sql,
            List<ProjectCatalog.Project> group,
            double distanceM,
            IntPredicate skip,
            double spread,
            int perProject,
            Map<Integer, List<Integer>> out) {
        List<Envelope> searches = new ArrayList<>(group.size());
        Envelope box = new Envelope();
        int firstYear = Integer.MAX_VALUE;
        int lastYear = Integer.MIN_VALUE;
        for (ProjectCatalog.Project p : group) {
            // A project without a location has no candidates (its search box is empty).
            Envelope search = p.geometry() == null ? new Envelope() : SearchEnvelope.around(p.geometry(), distanceM);
            searches.add(search);
            box.expandToInclude(search);
            firstYear = Math.min(firstYear, p.startYear());
            lastYear = Math.max(lastYear, p.endYear());
        }
        if (box.isNull()) {
            return true;
        }
        double searched = searches.stream().mapToDouble(Envelope::getArea).sum();
        if (box.getArea() > spread * searched) {
            return false;
        }
        int limit = (int) Math.min(Integer.MAX_VALUE, (long) perProject * group.size() + 1);
        STRtree tree = new STRtree();
        int[] read = {0};
        jdbc.query(
                sql.get(CandidatePairs.class, "select-stored-in-box"),
                rs -> {
                    read[0]++;
                    tree.insert(
                            new Envelope(rs.getDouble(2), rs.getDouble(4), rs.getDouble(3), rs.getDouble(5)),
                            new Stored(rs.getInt(1), rs.getInt(6), rs.getInt(7)));
                },
                box.getMinX(),
                box.getMinY(),
                box.getMaxX(),
                box.getMaxY(),
                firstYear,
                lastYear,
                limit);
        if (read[0] >= limit) {
            return false;
        }
        for (int i = 0; i < group.size(); i++) {
            ProjectCatalog.Project p = group.get(i);
            Envelope search = searches.get(i);
            tree.query(search, item -> {
                Stored s = (Stored) item;
                if (s.id() != p.id() && s.start() <= p.endYear() && s.end() >= p.startYear() && !skip.test(s.id())) {
                    out.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(s.id());
                }
            });
        }
        return true;
    }

    /** The group's candidates from one spatial-index lookup per project, in one statement. */
    private static void byProject(
            JdbcTemplate jdbc,
            SqlFiles sql,
            List<ProjectCatalog.Project> group,
            double distanceM,
            IntPredicate skip,
            Map<Integer, List<Integer>> out) {
        double degrees = SearchEnvelope.degreesOfLatitude(distanceM);
        jdbc.query(
                sql.get(CandidatePairs.class, "select-near-pairs-of"),
                rs -> {
                    int other = rs.getInt(2);
                    if (!skip.test(other)) {
                        out.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                                .add(other);
                    }
                },
                new SqlArrayValue(
                        "integer",
                        group.stream().map(ProjectCatalog.Project::id).toArray()),
                degrees,
                degrees);
    }
}
