package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap;
import cl.sit.system.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/overlaps?distance_m=500&comuna=14101}: programmes overlapping in space, time and sector. */
@RestController
class OverlapController {

    static final double DEFAULT_DISTANCE_M = 500;
    static final double MAX_DISTANCE_M = 20_000;

    private final ProjectCatalog catalog;

    OverlapController(ProjectCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping(value = "/api/overlaps", produces = "application/json")
    OverlapReport overlaps(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), Set.of("distance_m", "comuna"));
        double distance = q.number("distance_m", DEFAULT_DISTANCE_M, 0, MAX_DISTANCE_M);
        String commune = q.cut("comuna", 5);
        List<ProgrammeOverlap.Project> projects = catalog.all().stream()
                .map(p -> new ProgrammeOverlap.Project(p.id(), p.name(), p.programme(), p.sector(), p.startYear(),
                        p.endYear(), p.communes(), p.geometry()))
                .toList();
        List<OverlapReport.Pair> pairs = new ArrayList<>();
        Map<String, Integer> perCommune = new TreeMap<>();
        for (ProgrammeOverlap.Pair p : ProgrammeOverlap.find(projects, distance)) {
            if (commune != null && !p.communes().contains(commune)) {
                continue;
            }
            pairs.add(new OverlapReport.Pair(OverlapReport.Side.of(p.a()), OverlapReport.Side.of(p.b()), p.reason(),
                    p.communes(), p.distanceM()));
            p.communes().forEach(c -> perCommune.merge(c, 1, Integer::sum));
        }
        Map<String, String> names = catalog.communeNames();
        List<OverlapReport.Commune> communes = new ArrayList<>();
        perCommune.forEach((code, n) -> {
            if (commune == null || commune.equals(code)) {
                communes.add(new OverlapReport.Commune(code, names.get(code), n));
            }
        });
        return new OverlapReport(distance, pairs, communes, catalog.communeGeometry(), catalog.anyIllustrative());
    }
}
