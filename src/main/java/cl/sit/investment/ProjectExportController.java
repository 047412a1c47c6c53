package cl.sit.investment;

import cl.sit.system.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/investments/export?f=csv|geojson&programa=&sector=&etapa=&comuna=&desde=&hasta=}: the
 * filtered projects as a file.
 */
@RestController
class ProjectExportController {

    private static final Set<String> NAMES = Set.of("f", "programa", "sector", "etapa", "comuna", "desde", "hasta");

    private final ProjectExport export;

    ProjectExportController(ProjectExport export) {
        this.export = export;
    }

    @GetMapping(value = "/api/investments/export", produces = {"text/csv", "application/geo+json", "application/json"})
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request) {
        Map<String, String[]> params = request.getParameterMap();
        params.keySet().stream().filter(n -> !NAMES.contains(n)).findFirst().ifPresent(n -> {
            throw ApiException.badRequest("InvalidParameter", "Parámetro desconocido '" + n + "'; válidos: " + NAMES);
        });
        String format = value(params, "f") == null ? "csv" : value(params, "f");
        ProjectExport.Filter filter = new ProjectExport.Filter(value(params, "programa"), value(params, "sector"),
                value(params, "etapa"), value(params, "comuna"), year(params, "desde"), year(params, "hasta"));
        return switch (format) {
            case "csv" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"proyectos.csv\"")
                    .body(out -> export.csv(filter, out));
            case "geojson" -> ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"proyectos.geojson\"")
                    .body(out -> export.geojson(filter, out));
            default -> throw ApiException.badRequest("InvalidParameterValue", "Parámetro 'f': use csv o geojson");
        };
    }

    private static String value(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null || v[0].isBlank() ? null : v[0];
    }

    private static Integer year(Map<String, String[]> params, String name) {
        String v = value(params, name);
        if (v == null) {
            return null;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("InvalidParameterValue", "Parámetro '" + name + "': debe ser un año");
        }
    }
}
