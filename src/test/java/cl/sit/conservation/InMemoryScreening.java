package cl.sit.conservation;

import cl.sit.investment.InMemoryProjects;
import cl.sit.investment.ProjectCatalog;
import cl.sit.investment.ProjectsInTerritory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The screening of {@link InMemoryProjects}: project 1 inside a protected area, project 2 at 300 m of a priority site,
 * project 4 at 2,000 m of a protected area, project 3 far from every area. Pages keep the flagged projects within the
 * buffer that touch the territory, inside first, then nearest (the stored rows and their SQL are tested on both
 * databases by the ITs).
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryScreening {

    static final String GEOMETRY = "Cobertura operacional";

    /** Distance of each flagged project to its area (0: inside), by id. */
    static final Map<Integer, Double> DISTANCE = Map.of(1, 0.0, 2, 300.0, 4, 2000.0);

    @Bean
    ScreeningPages screeningPages() {
        return new ScreeningPages() {
            @Override
            public ScreeningReport report(
                    double bufferM, double maxBufferM, ProjectsInTerritory territory, int limit, int offset) {
                List<ScreeningReport.Row> matched = InMemoryProjects.PROJECTS.stream()
                        .filter(p -> DISTANCE.containsKey(p.id()) && DISTANCE.get(p.id()) <= bufferM)
                        .filter(p -> p.communes().stream().anyMatch(territory::includes))
                        .map(InMemoryScreening::row)
                        .sorted(Comparator.comparingDouble(ScreeningReport.Row::distanceM))
                        .toList();
                return page(matched, bufferM, maxBufferM, territory, limit, offset);
            }

            @Override
            public ScreeningReport ofProject(
                    ProjectCatalog.Project project, double bufferM, double maxBufferM, int limit, int offset) {
                Double d = DISTANCE.get(project.id());
                List<ScreeningReport.Row> matched = d != null && d <= bufferM ? List.of(row(project)) : List.of();
                return page(matched, bufferM, maxBufferM, ProjectsInTerritory.ALL, limit, offset);
            }
        };
    }

    static ScreeningReport.Row row(ProjectCatalog.Project p) {
        double d = DISTANCE.get(p.id());
        String kind = p.id() == 2 ? "sitio_prioritario" : "area_protegida";
        List<ScreeningReport.Area> inside =
                d == 0 ? List.of(new ScreeningReport.Area(kind, "AP-1", "Parque Oncol", 12.5, 0)) : List.of();
        List<ScreeningReport.Near> near =
                d == 0 ? List.of() : List.of(new ScreeningReport.Near(kind, "S-" + p.id(), "Sitio " + p.id(), d));
        return ScreeningReport.Row.of(p, inside, near);
    }

    static ScreeningReport page(
            List<ScreeningReport.Row> matched,
            double bufferM,
            double maxBufferM,
            ProjectsInTerritory territory,
            int limit,
            int offset) {
        int inside =
                (int) matched.stream().filter(r -> r.estado().equals("dentro")).count();
        int near = matched.size() - inside;
        Map<String, int[]> perCommune = new TreeMap<>();
        List<ScreeningReport.Kind> perKind = new ArrayList<>();
        for (String kind : List.of("area_protegida", "sitio_prioritario")) {
            List<ScreeningReport.Row> ofKind = matched.stream()
                    .filter(r -> (r.areas().isEmpty()
                                    ? r.cercanas().get(0).tipo()
                                    : r.areas().get(0).tipo())
                            .equals(kind))
                    .toList();
            int in = (int)
                    ofKind.stream().filter(r -> r.estado().equals("dentro")).count();
            perKind.add(new ScreeningReport.Kind(kind, in, ofKind.size() - in));
        }
        for (ScreeningReport.Row r : matched) {
            r.comunas().stream().filter(territory::includes).forEach(c -> perCommune
                    .computeIfAbsent(c, k -> new int[2])[r.estado().equals("dentro") ? 0 : 1]++);
        }
        List<ScreeningReport.Territory> perTerritory = perCommune.entrySet().stream()
                .map(e -> new ScreeningReport.Territory(e.getKey(), null, e.getValue()[0], e.getValue()[1]))
                .toList();
        List<ScreeningReport.Row> rows = matched.subList(
                Math.min(offset, matched.size()), (int) Math.min(matched.size(), (long) offset + limit));
        return new ScreeningReport(
                bufferM,
                rows,
                perTerritory,
                List.of(GEOMETRY),
                true,
                matched.size(),
                rows.size(),
                limit,
                offset,
                inside,
                near,
                perKind,
                maxBufferM);
    }
}
