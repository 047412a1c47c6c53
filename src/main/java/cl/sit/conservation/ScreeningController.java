package cl.sit.conservation;

import cl.sit.system.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/screening?buffer_m=1000&comuna=14101}: projects inside or near conservation areas. */
@RestController
class ScreeningController {

    static final double DEFAULT_BUFFER_M = 1000;
    static final double MAX_BUFFER_M = 50_000;

    private final Screening screening;

    ScreeningController(Screening screening) {
        this.screening = screening;
    }

    @GetMapping(value = "/api/screening", produces = "application/json")
    ScreeningReport screening(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), Set.of("buffer_m", "comuna"));
        return screening.report(q.number("buffer_m", DEFAULT_BUFFER_M, 0, MAX_BUFFER_M), q.cut("comuna", 5));
    }
}
