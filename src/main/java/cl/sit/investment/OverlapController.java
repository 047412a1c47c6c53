package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import cl.sit.territory.UnitCodes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/overlaps?distancia_m=500&territorio=14101&limit=100&offset=0}: projects overlapping in space and time
 * (reason codes in {@link Reason}), paged, read from the pairs stored when projects are written
 * ({@link StoredAlerts}). {@code distancia_m} defaults to, and may not exceed, the stored distance
 * {@code sit.investment.overlap-distance-m}; {@code comuna} takes one CUT or a comma-separated list;
 * {@code por_comuna=true} adds the per-commune counts (a join of every matched pair with its projects' communes:
 * seconds at a million pairs, so only on request); {@code proyecto=<id>} in place of a territory gives that one
 * project's pairs ({@link OneProject}).
 */
@RestController
class OverlapController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    /** Deepest page start served (a deeper one is a 400: narrow the request by commune instead). */
    static final int MAX_OFFSET = 100_000;

    private final OverlapReports pages;
    private final CoincidencePages coincidences;
    private final UnitCodes units;
    private final double storedDistanceM;

    private final ProjectLookup catalog;

    OverlapController(
            OverlapReports pages,
            CoincidencePages coincidences,
            AlertDistances alerts,
            UnitCodes units,
            ProjectLookup catalog) {
        this.pages = pages;
        this.catalog = catalog;
        this.coincidences = coincidences;
        this.units = units;
        this.storedDistanceM = alerts.overlapDistanceM();
    }

    @Accepts(Group.OVERLAPS)
    @GetMapping(value = "/api/overlaps", produces = "application/json")
    OverlapReport overlaps(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(
                RenamedParameters.resolve(request.getParameterMap(), Group.OVERLAPS),
                Set.of("distancia_m", "territorio", "comuna", "limit", "offset", "por_comuna", OneProject.PARAMETER));
        double distance = q.metresUpTo(
                "distancia_m",
                storedDistanceM,
                storedDistanceM,
                "los pares se guardan para esa distancia, sit.investment.overlap-distance-m");
        int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = q.integer("offset", 0, 0, MAX_OFFSET);
        String perCommune = q.text("por_comuna");
        if (perCommune != null && !perCommune.equals("true") && !perCommune.equals("false")) {
            throw QueryParameters.invalid("por_comuna", "true o false");
        }
        ProjectCatalog.Project project = OneProject.of(q, catalog);
        if (project != null) {
            return pages.ofProject(project.id(), distance, storedDistanceM, limit, offset);
        }
        return pages.page(
                distance, storedDistanceM, ProjectsInTerritory.of(q, units), limit, offset, "true".equals(perCommune));
    }

    /**
     * {@code GET /api/overlaps/coincidencias?territorio=&desde=&hasta=&limit=&offset=}: communes, sectors and years
     * in which two or more programmes run projects at once ({@link Coincidences}), paged.
     */
    @GetMapping(value = "/api/overlaps/coincidencias", produces = "application/json")
    Coincidences.Page coincidences(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(
                request.getParameterMap(), Set.of("territorio", "comuna", "desde", "hasta", "limit", "offset"));
        int from = q.integer("desde", 1900, 1900, 2100);
        int to = q.integer("hasta", 2100, 1900, 2100);
        if (from > to) {
            throw QueryParameters.invalid("desde", "el año inicial es posterior al final");
        }
        return coincidences.page(
                from,
                to,
                ProjectsInTerritory.of(q, units),
                q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                q.integer("offset", 0, 0, MAX_OFFSET));
    }
}
