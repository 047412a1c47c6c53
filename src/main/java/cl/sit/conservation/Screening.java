package cl.sit.conservation;

import cl.sit.investment.ProjectCatalog;
import cl.sit.investment.ProjectsInTerritory;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Pages of the conservation screening of investment projects against protected areas and priority sites, read
 * from the rows stored when projects are written (investment.StoredAlerts) for a buffer up to the stored maximum.
 */
@Component
class Screening implements ScreeningPages {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ProjectCatalog projects;

    Screening(JdbcTemplate jdbc, SqlFiles sql, ProjectCatalog projects) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.projects = projects;
    }

    @Override
    public ScreeningReport report(
            double bufferM, double maxBufferM, ProjectsInTerritory territory, int limit, int offset) {
        List<Integer> ids = jdbc.queryForList(
                statement("screening-page", territory),
                Integer.class,
                territory.args(1, List.of(bufferM), limit, offset));
        Map<Integer, List<ScreeningReport.Area>> inside = new HashMap<>();
        Map<Integer, List<ScreeningReport.Near>> near = new HashMap<>();
        readRows(ids, bufferM, inside, near);
        Map<Integer, ProjectCatalog.Project> byId = new HashMap<>();
        projects.of(ids).forEach(p -> byId.put(p.id(), p));
        List<ScreeningReport.Row> rows = new ArrayList<>();
        for (int id : ids) {
            rows.add(ScreeningReport.Row.of(
                    byId.get(id), inside.getOrDefault(id, List.of()), near.getOrDefault(id, List.of())));
        }
        int[] perSeverity = new int[2];
        jdbc.query(
                statement("screening-count-by-severity", territory),
                rs -> {
                    perSeverity[rs.getInt(1)] = rs.getInt(2);
                },
                territory.args(1, List.of(bufferM)));
        return new ScreeningReport(
                bufferM,
                rows,
                perTerritory(bufferM, territory),
                projects.communeGeometry(),
                projects.anyIllustrative(),
                perSeverity[0] + perSeverity[1],
                rows.size(),
                limit,
                offset,
                perSeverity[0],
                perSeverity[1],
                perKind(bufferM, territory),
                maxBufferM);
    }

    /**
     * The screening of one project, in the shape of a page: its row when it is inside or within {@code bufferM} of an
     * area (none otherwise), and the counts of that one project (per commune: the communes it touches).
     */
    @Override
    public ScreeningReport ofProject(
            ProjectCatalog.Project project, double bufferM, double maxBufferM, int limit, int offset) {
        Map<Integer, List<ScreeningReport.Area>> inside = new HashMap<>();
        Map<Integer, List<ScreeningReport.Near>> near = new HashMap<>();
        readRows(List.of(project.id()), bufferM, inside, near);
        List<ScreeningReport.Area> areas = inside.getOrDefault(project.id(), List.of());
        List<ScreeningReport.Near> nearby = near.getOrDefault(project.id(), List.of());
        boolean flagged = !areas.isEmpty() || !nearby.isEmpty();
        int in = areas.isEmpty() ? 0 : 1;
        int close = flagged ? 1 - in : 0;
        Map<String, String> names = projects.communeNames();
        List<ScreeningReport.Territory> perTerritory = flagged
                ? project.communes().stream()
                        .map(c -> new ScreeningReport.Territory(c, names.get(c), in, close))
                        .toList()
                : List.of();
        List<ScreeningReport.Kind> perKind = new ArrayList<>();
        for (String kind : List.of("area_protegida", "sitio_prioritario")) {
            perKind.add(new ScreeningReport.Kind(
                    kind,
                    areas.stream().anyMatch(a -> a.tipo().equals(kind)) ? 1 : 0,
                    nearby.stream().anyMatch(n -> n.tipo().equals(kind)) ? 1 : 0));
        }
        List<ScreeningReport.Row> rows =
                flagged && offset == 0 ? List.of(ScreeningReport.Row.of(project, areas, nearby)) : List.of();
        return new ScreeningReport(
                bufferM,
                rows,
                perTerritory,
                projects.communeGeometry(),
                projects.anyIllustrative(),
                flagged ? 1 : 0,
                rows.size(),
                limit,
                offset,
                in,
                close,
                perKind,
                maxBufferM);
    }

    /** The stored rows of the projects {@code ids} within {@code bufferM}: areas they are in, and areas near. */
    private void readRows(
            List<Integer> ids,
            double bufferM,
            Map<Integer, List<ScreeningReport.Area>> inside,
            Map<Integer, List<ScreeningReport.Near>> near) {
        jdbc.query(
                sql.get(Screening.class, "screening-rows-of"),
                rs -> {
                    int id = rs.getInt(1);
                    if (rs.getBoolean(5)) {
                        inside.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new ScreeningReport.Area(
                                        rs.getString(2),
                                        rs.getString(3),
                                        rs.getString(4),
                                        rs.getDouble(7),
                                        rs.getDouble(8)));
                    } else {
                        near.computeIfAbsent(id, k -> new ArrayList<>())
                                .add(new ScreeningReport.Near(
                                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(6)));
                    }
                },
                new SqlArrayValue("integer", ids.toArray()),
                bufferM);
    }

    private List<ScreeningReport.Territory> perTerritory(double bufferM, ProjectsInTerritory territory) {
        Map<String, String> names = projects.communeNames();
        Map<String, int[]> counts = new TreeMap<>();
        jdbc.query(
                statement("screening-count-by-commune", territory),
                rs -> {
                    counts.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)});
                },
                territory.communeArgs(List.of(bufferM)));
        List<ScreeningReport.Territory> out = new ArrayList<>();
        counts.forEach((code, n) -> out.add(new ScreeningReport.Territory(code, names.get(code), n[0], n[1])));
        return out;
    }

    private List<ScreeningReport.Kind> perKind(double bufferM, ProjectsInTerritory territory) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        counts.put("area_protegida", new int[2]);
        counts.put("sitio_prioritario", new int[2]);
        jdbc.query(
                statement("screening-count-by-kind", territory),
                rs -> {
                    counts.computeIfAbsent(rs.getString(1), k -> new int[2])[rs.getBoolean(2) ? 0 : 1] = rs.getInt(3);
                },
                territory.args(1, List.of(bufferM)));
        List<ScreeningReport.Kind> out = new ArrayList<>();
        counts.forEach((kind, n) -> out.add(new ScreeningReport.Kind(kind, n[0], n[1])));
        return out;
    }

    private String statement(String name, ProjectsInTerritory territory) {
        return territory.applyLookup(sql, sql.get(Screening.class, name), "s.project_id");
    }
}
