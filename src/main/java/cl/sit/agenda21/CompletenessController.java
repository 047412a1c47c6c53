package cl.sit.agenda21;

import static cl.sit.system.CsvDownload.column;

import cl.sit.agenda21.CompletenessMatrix.Cell;
import cl.sit.agenda21.CompletenessMatrix.Row;
import cl.sit.agenda21.review.ReviewWorkflow;
import cl.sit.agenda21.review.StatusChanges;
import cl.sit.system.CsvDownload;
import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code GET /api/agenda21/estado[?region=14][&f=json|csv]}: the completeness matrix (public; editor names and
 * notes for signed-in users only). {@code POST /api/agenda21/estado} with {@code {capa, cut, estado, nota,
 * desde}} (until 0.2.0 also the old names {@code layer} and {@code status}): changes the review status of a layer in
 * a commune (signed-in users; rules in {@link ReviewWorkflow}).
 */
@RestController
class CompletenessController {

    private static final List<CsvDownload.Column> COLUMNS = List.of(
            column("region", "Región"),
            column("cut", "Código de la comuna"),
            column("comuna", "Comuna"),
            column("capa", "Capa"),
            column("elementos", "Elementos"),
            column("ediciones", "Ediciones"),
            column("ediciones_desde_estado", "Ediciones desde el último estado"),
            column("ultima_edicion", "Última edición"),
            column("ultimo_usuario", "Último usuario"),
            column("estado", "Estado"),
            column("estado_por", "Estado dado por"),
            column("estado_fecha", "Fecha del estado"),
            column("nota", "Nota"));

    private final CompletenessMatrices completeness;
    private final StatusChanges workflow;

    private final ObjectMapper json;

    CompletenessController(CompletenessMatrices completeness, StatusChanges workflow, ObjectMapper json) {
        this.completeness = completeness;
        this.workflow = workflow;
        this.json = json;
    }

    @GetMapping(
            value = "/api/agenda21/estado",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> matrix(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), Set.of("region", "f", CsvDownload.PARAMETER));
        CsvDownload.Form form = CsvDownload.Form.of(q.text(CsvDownload.PARAMETER));
        String region = q.cut("region", 2);
        String format = q.text("f") == null ? "json" : q.text("f");
        if (!format.equals("json") && !format.equals("csv")) {
            throw QueryParameters.invalid("f", "use json o csv");
        }
        CompletenessMatrix m = completeness.matrix(region == null ? Completeness.DEFAULT_REGION : region);
        if (format.equals("csv")) {
            return CsvDownload.attachment("agenda21-estado-" + m.region() + ".csv", csv(form, m));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(m);
    }

    @PostMapping(value = "/api/agenda21/estado", consumes = "application/json", produces = "application/json")
    ReviewWorkflow.Outcome change(@RequestBody(required = false) JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ErrorCode.INVALID_BODY.exception("Falta el cuerpo {capa, cut, estado, nota}");
        }
        return workflow.change(
                json.treeToValue(RenamedParameters.fields(body, ReviewWorkflow.RENAMED), ReviewWorkflow.Request.class));
    }

    private static String csv(CsvDownload.Form form, CompletenessMatrix m) {
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (Row row : m.comunas()) {
            for (Cell c : row.celdas()) {
                rows.add(java.util.Arrays.asList(
                        m.region(),
                        row.cut(),
                        row.nombre(),
                        c.capa(),
                        c.elementos(),
                        c.ediciones(),
                        c.edicionesDesdeEstado(),
                        c.ultimaEdicion(),
                        c.ultimoUsuario(),
                        c.estado(),
                        c.estadoPor(),
                        c.estadoFecha(),
                        c.nota()));
            }
        }
        return CsvDownload.write(form, COLUMNS, rows);
    }
}
