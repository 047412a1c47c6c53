package cl.sit.conservation;

import cl.sit.investment.AlertDistances;
import cl.sit.investment.OneProject;
import cl.sit.investment.ProjectCatalog;
import cl.sit.investment.ProjectLookup;
import cl.sit.investment.ProjectsInTerritory;
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
 * {@code GET /api/screening?margen_m=1000&territorio=14101&limit=100&offset=0}: projects inside or near conservation
 * areas, paged (inside first, then nearest), from the rows stored when projects are written. {@code margen_m} may
 * not exceed the stored maximum {@code sit.investment.screening-max-m}; {@code comuna} takes one CUT or a
 * comma-separated list; {@code proyecto=<id>} in place of a territory gives that one project's screening (its row, if
 * flagged, and its counts).
 */
@RestController
class ScreeningController {

    static final double DEFAULT_BUFFER_M = 1000;
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    /** Deepest page start served. */
    static final int MAX_OFFSET = 100_000;

    private final ScreeningPages screening;
    private final UnitCodes units;
    private final double maxBufferM;

    private final ProjectLookup projects;

    ScreeningController(ScreeningPages screening, AlertDistances alerts, UnitCodes units, ProjectLookup projects) {
        this.screening = screening;
        this.projects = projects;
        this.units = units;
        this.maxBufferM = alerts.screeningMaxM();
    }

    @Accepts(Group.SCREENING)
    @GetMapping(value = "/api/screening", produces = "application/json")
    ScreeningReport screening(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(
                RenamedParameters.resolve(request.getParameterMap(), Group.SCREENING),
                Set.of("margen_m", "territorio", "comuna", "limit", "offset", OneProject.PARAMETER));
        double buffer = q.metresUpTo(
                "margen_m",
                Math.min(DEFAULT_BUFFER_M, maxBufferM),
                maxBufferM,
                "el cribado se guarda hasta esa distancia, sit.investment.screening-max-m");
        int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = q.integer("offset", 0, 0, MAX_OFFSET);
        ProjectCatalog.Project project = OneProject.of(q, projects);
        if (project != null) {
            return screening.ofProject(project, buffer, maxBufferM, limit, offset);
        }
        return screening.report(buffer, maxBufferM, ProjectsInTerritory.of(q, units), limit, offset);
    }
}
