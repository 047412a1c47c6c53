package cl.sit.investment;

import cl.sit.system.CsvDownload;
import cl.sit.system.QueryParameters;
import cl.sit.territory.UnitCodes;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/investments/export?f=csv|geojson&programa=&sector=&etapa=&territorio=&desde=&hasta=}: the
 * filtered projects as a file; {@code territorio} (or {@code comuna}) is any unit, see {@link UnitCodes}.
 */
@RestController
class ProjectExportController {

    private static final Set<String> NAMES =
            Set.of("f", "programa", "sector", "etapa", "territorio", "comuna", "desde", "hasta", CsvDownload.PARAMETER);

    private final ProjectFiles export;
    private final UnitCodes units;

    ProjectExportController(ProjectFiles export, UnitCodes units) {
        this.export = export;
        this.units = units;
    }

    @GetMapping(
            value = "/api/investments/export",
            produces = {"text/csv", "application/geo+json", "application/json"})
    ResponseEntity<StreamingResponseBody> export(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), NAMES);
        String format = q.text("f") == null ? "csv" : q.text("f");
        CsvDownload.Form form = CsvDownload.Form.of(q.text(CsvDownload.PARAMETER));
        ProjectExport.Filter filter = new ProjectExport.Filter(
                q.text("programa"),
                q.text("sector"),
                q.text("etapa"),
                units.fromQuery(q),
                q.integer("desde"),
                q.integer("hasta"));
        return switch (format) {
            case "csv" ->
                ResponseEntity.ok()
                        .contentType(CsvDownload.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, CsvDownload.disposition("proyectos.csv"))
                        .body(out -> export.csv(filter, form, out));
            case "geojson" ->
                ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType("application/geo+json"))
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"proyectos.geojson\"")
                        .body(out -> export.geojson(filter, out));
            default -> throw QueryParameters.invalid("f", "use csv o geojson");
        };
    }
}
