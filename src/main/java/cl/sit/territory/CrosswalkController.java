package cl.sit.territory;

import static cl.sit.system.CsvDownload.column;

import cl.sit.system.CsvDownload;
import cl.sit.system.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/territories/crosswalk}: old CUT codes and the codes that replaced them, as JSON or as CSV
 * ({@code f=csv}), with the date of each change and its source.
 */
@RestController
class CrosswalkController {

    static final List<CsvDownload.Column> COLUMNS = List.of(
            column("codigo_anterior", "Código anterior"),
            column("id_anterior", "Identificador anterior"),
            column("codigo_nuevo", "Código nuevo"),
            column("nombre", "Nombre"),
            column("nivel", "Nivel"),
            column("tipo", "Tipo de cambio"),
            column("fecha_cambio", "Fecha del cambio"),
            column("fuente", "Fuente"));

    private final CrosswalkEntries crosswalk;

    CrosswalkController(CrosswalkEntries crosswalk) {
        this.crosswalk = crosswalk;
    }

    @GetMapping(
            value = "/api/territories/crosswalk",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> crosswalk(HttpServletRequest request) {
        String f = QueryParameters.of(request.getParameterMap(), Set.of("f", CsvDownload.PARAMETER))
                .text("f");
        CsvDownload.Form form = CsvDownload.Form.of(request.getParameter(CsvDownload.PARAMETER));
        if (f != null && !f.equals("json") && !f.equals("csv")) {
            throw QueryParameters.invalid("f", "'" + f + "' no es válido; use json o csv");
        }
        boolean csv = "csv".equals(f);
        List<CodeCrosswalk.Entry> entries = crosswalk.entries();
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
        }
        return CsvDownload.attachment("equivalencias-cut.csv", csv(form, entries));
    }

    static String csv(CsvDownload.Form form, List<CodeCrosswalk.Entry> entries) {
        return CsvDownload.write(
                form,
                COLUMNS,
                entries.stream()
                        .map(e -> java.util.Arrays.<Object>asList(
                                e.codigoAnterior(),
                                e.idAnterior(),
                                e.codigoNuevo(),
                                e.nombre(),
                                e.nivel(),
                                e.tipo(),
                                e.fechaCambio(),
                                e.fuente()))
                        .toList());
    }
}
