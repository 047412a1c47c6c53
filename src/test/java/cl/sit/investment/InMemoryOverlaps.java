package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Overlap pairs and programme coincidences of {@link InMemoryProjects}: three pairs (1-2 at 100 m, 3-4 touching, 1-4
 * at 400 m, the same sector) and three coincidences (Valdivia in 2021 and 2022, Corral in 2024). Pages keep what is
 * within the distance or the years and touches the territory, in that order, and count pairs per commune of the
 * territory (the stored pairs, their order and their
 * SQL are tested on both databases by the ITs).
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryOverlaps {

    record StoredPair(int a, int b, double distanceM, List<Reason> reasons) {}

    static final List<StoredPair> PAIRS = List.of(
            new StoredPair(3, 4, 0, List.of(Reason.CERCANIA_ANIOS)),
            new StoredPair(1, 2, 100, List.of(Reason.CERCANIA_ANIOS)),
            new StoredPair(1, 4, 400, List.of(Reason.TERRITORIO_ANIOS_SECTOR, Reason.CERCANIA_ANIOS)));

    static final List<Coincidences.Cell> CELLS =
            List.of(cell("14101", "Valdivia", 2021), cell("14101", "Valdivia", 2022), cell("14102", "Corral", 2024));

    static Coincidences.Cell cell(String commune, String name, int year) {
        return new Coincidences.Cell(
                commune,
                name,
                "Transporte",
                year,
                2,
                List.of(new Coincidences.Programme("FNDR", 1), new Coincidences.Programme("MOP", 1)));
    }

    @Bean
    OverlapReports overlapReports() {
        return new OverlapReports() {
            @Override
            public OverlapReport page(
                    double distanceM,
                    double maxDistanceM,
                    ProjectsInTerritory territory,
                    int limit,
                    int offset,
                    boolean perCommune) {
                return report(
                        p -> InMemoryProjects.get(p.a()).communes().stream().anyMatch(territory::includes)
                                || InMemoryProjects.get(p.b()).communes().stream()
                                        .anyMatch(territory::includes),
                        territory,
                        distanceM,
                        maxDistanceM,
                        limit,
                        offset,
                        perCommune);
            }

            @Override
            public OverlapReport ofProject(int id, double distanceM, double maxDistanceM, int limit, int offset) {
                return report(
                        p -> p.a() == id || p.b() == id,
                        ProjectsInTerritory.ALL,
                        distanceM,
                        maxDistanceM,
                        limit,
                        offset,
                        false);
            }
        };
    }

    static OverlapReport report(
            Predicate<StoredPair> kept,
            ProjectsInTerritory territory,
            double distanceM,
            double maxDistanceM,
            int limit,
            int offset,
            boolean perCommune) {
        List<OverlapReport.Pair> matched = PAIRS.stream()
                .filter(p -> p.distanceM() <= distanceM)
                .filter(kept)
                .map(p -> OverlapReport.Pair.of(
                        InMemoryProjects.get(p.a()),
                        InMemoryProjects.get(p.b()),
                        p.reasons(),
                        p.distanceM(),
                        distanceM))
                .toList();
        Map<String, Integer> communes = new TreeMap<>();
        matched.forEach(
                p -> p.comunas().stream().filter(territory::includes).forEach(c -> communes.merge(c, 1, Integer::sum)));
        List<OverlapReport.ReasonCount> perReason = new ArrayList<>();
        for (Reason r : Reason.values()) {
            perReason.add(new OverlapReport.ReasonCount(
                    r.code(),
                    r.label(distanceM),
                    matched.stream().filter(p -> p.motivo().equals(r.code())).count()));
        }
        List<OverlapReport.Pair> page = page(matched, limit, offset);
        return new OverlapReport(
                distanceM,
                page,
                perCommune
                        ? communes.entrySet().stream()
                                .map(e -> new OverlapReport.Commune(e.getKey(), null, e.getValue()))
                                .toList()
                        : List.of(),
                List.of("Cobertura operacional"),
                matched.size(),
                page.size(),
                limit,
                offset,
                perReason,
                true,
                maxDistanceM);
    }

    static <T> List<T> page(List<T> all, int limit, int offset) {
        return all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
    }

    @Bean
    CoincidencePages coincidencePages() {
        return (from, to, territory, limit, offset) -> {
            List<Coincidences.Cell> matched = CELLS.stream()
                    .filter(c -> c.anio() >= from && c.anio() <= to && territory.includes(c.comuna()))
                    .toList();
            List<Coincidences.Cell> page = page(matched, limit, offset);
            return new Coincidences.Page(
                    from,
                    to,
                    territory.unit(),
                    page,
                    matched.size(),
                    page.size(),
                    limit,
                    offset,
                    true,
                    Coincidences.DEFINITION);
        };
    }
}
