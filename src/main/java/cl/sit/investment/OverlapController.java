package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap;
import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.system.QueryParameters;
import cl.sit.system.SitProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/overlaps?distance_m=500&comuna=14101&limit=100&offset=0}: projects overlapping in space and time
 * (reason codes in {@link Reason}), paged; {@code distance_m} defaults to {@code sit.investment.overlap-distance-m}.
 */
@RestController
class OverlapController {

    static final double MAX_DISTANCE_M = 20_000;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    private final ProjectCatalog catalog;
    private final double defaultDistanceM;

    OverlapController(ProjectCatalog catalog, SitProperties properties) {
        this.catalog = catalog;
        this.defaultDistanceM = properties.investment().overlapDistanceM();
    }

    @GetMapping(value = "/api/overlaps", produces = "application/json")
    OverlapReport overlaps(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(),
                Set.of("distance_m", "comuna", "limit", "offset"));
        double distance = q.number("distance_m", defaultDistanceM, 0, MAX_DISTANCE_M);
        String commune = q.cut("comuna", 5);
        int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        List<ProgrammeOverlap.Project> projects = catalog.all().stream()
                .map(p -> new ProgrammeOverlap.Project(p.id(), p.name(), p.programme(), p.sector(), p.startYear(),
                        p.endYear(), p.communes(), p.geometry()))
                .toList();
        List<OverlapReport.Pair> page = new ArrayList<>();
        Map<String, Integer> perCommune = new TreeMap<>();
        Map<Reason, Integer> perReason = new EnumMap<>(Reason.class);
        long matched = 0;
        for (ProgrammeOverlap.Pair p : ProgrammeOverlap.find(projects, distance)) {
            if (commune != null && !p.communes().contains(commune)) {
                continue;
            }
            if (matched >= offset && page.size() < limit) {
                page.add(OverlapReport.Pair.of(p, distance));
            }
            matched++;
            perReason.merge(p.reason(), 1, Integer::sum);
            p.communes().forEach(c -> perCommune.merge(c, 1, Integer::sum));
        }
        Map<String, String> names = catalog.communeNames();
        List<OverlapReport.Commune> communes = new ArrayList<>();
        perCommune.forEach((code, n) -> {
            if (commune == null || commune.equals(code)) {
                communes.add(new OverlapReport.Commune(code, names.get(code), n));
            }
        });
        List<OverlapReport.ReasonCount> reasons = new ArrayList<>();
        for (Reason r : Reason.values()) {
            reasons.add(new OverlapReport.ReasonCount(r.code(), r.label(distance), perReason.getOrDefault(r, 0)));
        }
        return new OverlapReport(distance, page, communes, catalog.communeGeometry(), matched, page.size(), limit,
                offset, reasons, catalog.anyIllustrative());
    }
}
