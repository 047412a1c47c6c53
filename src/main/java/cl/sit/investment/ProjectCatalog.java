package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Projects with what the analyses need: programme, sector, years, geometry and linked communes. */
@Component
public class ProjectCatalog implements ProjectLookup {

    /** A project as analyses see it. */
    public record Project(
            int id,
            String bipCode,
            String name,
            String programme,
            String sector,
            int startYear,
            int endYear,
            Set<String> communes,
            Geometry geometry) {}

    /** Ids read at once by {@link #of}. */
    static final int CHUNK = 10_000;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    ProjectCatalog(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /** Every project, ordered by id. */
    public List<Project> all() {
        return read(sql.get(ProjectCatalog.class, "select-all-links"), sql.get(ProjectCatalog.class, "select-catalog"));
    }

    /** The projects with these ids (in no particular order; ids not stored are left out). */
    @Override
    public List<Project> of(Collection<Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // In arrays of at most CHUNK ids: H2 refuses arrays over 65,536 elements.
        Integer[] all = ids.toArray(Integer[]::new);
        List<Project> out = new ArrayList<>(all.length);
        for (int from = 0; from < all.length; from += CHUNK) {
            SqlArrayValue array = new SqlArrayValue(
                    "integer", (Object[]) Arrays.copyOfRange(all, from, Math.min(all.length, from + CHUNK)));
            out.addAll(read(
                    sql.get(ProjectCatalog.class, "select-links-of"),
                    sql.get(ProjectCatalog.class, "select-catalog-of"),
                    array));
        }
        return out;
    }

    private List<Project> read(String selectLinks, String selectProjects, Object... args) {
        Map<Integer, Set<String>> communes = new HashMap<>();
        jdbc.query(
                selectLinks,
                rs -> {
                    communes.computeIfAbsent(rs.getInt(1), k -> new TreeSet<>()).add(rs.getString(2));
                },
                args);
        List<Project> out = new ArrayList<>();
        jdbc.query(
                selectProjects,
                rs -> {
                    int id = rs.getInt(1);
                    out.add(new Project(
                            id,
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getInt(6),
                            rs.getInt(7),
                            communes.getOrDefault(id, Set.of()),
                            Wkb.read(rs.getBytes(8))));
                },
                args);
        return out;
    }

    /**
     * Whether any stored project is illustrative (generated, not real): every investment-derived response says so
     * in its {@code ilustrativo} flag.
     */
    @Override
    public boolean anyIllustrative() {
        Integer n = jdbc.queryForObject(sql.get(ProjectCatalog.class, "any-illustrative"), Integer.class);
        return n != null && n > 0;
    }

    /**
     * Which geometry the stored communes carry (e.g. the gap-free operational coverage), as their notes say: what
     * every commune figure of the analyses rests on.
     */
    public List<String> communeGeometry() {
        return jdbc.queryForList(sql.get(ProjectCatalog.class, "select-commune-geometry-notes"), String.class);
    }

    /** Names of the communes (CUT to name). */
    public Map<String, String> communeNames() {
        Map<String, String> out = new HashMap<>();
        jdbc.query(sql.get(ProjectCatalog.class, "select-commune-names"), rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }
}
