package cl.sit.agenda21;

import cl.sit.agenda21.CompletenessMatrix.Cell;
import cl.sit.agenda21.CompletenessMatrix.Row;
import cl.sit.system.ApiException;
import cl.sit.system.CsvCells;
import cl.sit.system.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agenda21/estado[?region=14][&f=json|csv]}: the completeness matrix (public; editor names and
 * notes for signed-in users only). {@code POST /api/agenda21/estado} with {@code {layer, cut, status, nota,
 * desde}}: changes the review status of a layer in a commune (signed-in users; rules in {@link ReviewWorkflow}).
 */
@RestController
class CompletenessController {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final List<String> COLUMNS = List.of("region", "cut", "comuna", "capa", "elementos", "ediciones",
            "ediciones_desde_estado", "ultima_edicion", "ultimo_usuario", "estado", "estado_por", "estado_fecha",
            "nota");

    private final Completeness completeness;
    private final ReviewWorkflow workflow;

    CompletenessController(Completeness completeness, ReviewWorkflow workflow) {
        this.completeness = completeness;
        this.workflow = workflow;
    }

    @GetMapping(value = "/api/agenda21/estado", produces = {"application/json", "text/csv"})
    ResponseEntity<?> matrix(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), Set.of("region", "f"));
        String region = q.cut("region", 2);
        String format = q.text("f") == null ? "json" : q.text("f");
        if (!format.equals("json") && !format.equals("csv")) {
            throw QueryParameters.invalid("f", "use json o csv");
        }
        CompletenessMatrix m = completeness.matrix(region == null ? Completeness.DEFAULT_REGION : region);
        if (format.equals("csv")) {
            return ResponseEntity.ok().contentType(CSV).header(HttpHeaders.CONTENT_DISPOSITION,
                    "attachment; filename=\"agenda21-estado-" + m.region() + ".csv\"").body(csv(m));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(m);
    }

    @PostMapping(value = "/api/agenda21/estado", consumes = "application/json", produces = "application/json")
    ReviewWorkflow.Outcome change(@RequestBody(required = false) ReviewWorkflow.Request body) {
        if (body == null) {
            throw ApiException.badRequest("InvalidBody", "Falta el cuerpo {layer, cut, status, nota}");
        }
        return workflow.change(body);
    }

    private static String csv(CompletenessMatrix m) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (Row row : m.comunas()) {
                for (Cell c : row.celdas()) {
                    printer.printRecord(m.region(), row.cut(), CsvCells.safe(row.nombre()), c.capa(), c.elementos(),
                            c.ediciones(), c.edicionesDesdeEstado(), c.ultimaEdicion(),
                            CsvCells.safe(c.ultimoUsuario()),
                            c.estado(), CsvCells.safe(c.estadoPor()), c.estadoFecha(), CsvCells.safe(c.nota()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
