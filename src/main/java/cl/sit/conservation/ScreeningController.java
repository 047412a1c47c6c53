package cl.sit.conservation;

import cl.sit.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
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
        Map<String, String[]> params = request.getParameterMap();
        for (String name : params.keySet()) {
            if (!Set.of("buffer_m", "comuna").contains(name)) {
                throw ApiException.badRequest("InvalidParameter", "Parámetro desconocido '" + name
                        + "'; válidos: buffer_m, comuna");
            }
        }
        double buffer = DEFAULT_BUFFER_M;
        if (params.containsKey("buffer_m")) {
            try {
                buffer = Double.parseDouble(params.get("buffer_m")[0]);
            } catch (NumberFormatException e) {
                buffer = -1;
            }
            if (!(buffer >= 0 && buffer <= MAX_BUFFER_M)) {
                throw ApiException.badRequest("InvalidParameterValue", "Parámetro 'buffer_m': metros entre 0 y "
                        + (int) MAX_BUFFER_M);
            }
        }
        String commune = params.containsKey("comuna") ? params.get("comuna")[0] : null;
        if (commune != null && !commune.matches("\\d{5}")) {
            throw ApiException.badRequest("InvalidParameterValue", "Parámetro 'comuna': código CUT de 5 dígitos");
        }
        return screening.report(buffer, commune);
    }
}
