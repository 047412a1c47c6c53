package cl.sit.territory;

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
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/territories/crosswalk}: old CUT codes and the codes that replaced them, as JSON or as CSV
 * ({@code f=csv}), with the date of each change and its source.
 */
@RestController
class CrosswalkController {

    static final String[] COLUMNS = {"codigo_anterior", "id_anterior", "codigo_nuevo", "nombre", "nivel", "tipo",
        "fecha_cambio", "fuente"};

    private final CodeCrosswalk crosswalk;

    CrosswalkController(CodeCrosswalk crosswalk) {
        this.crosswalk = crosswalk;
    }

    @GetMapping(value = "/api/territories/crosswalk", produces = {"application/json", "text/csv"})
    ResponseEntity<?> crosswalk(HttpServletRequest request) {
        String f = QueryParameters.of(request.getParameterMap(), Set.of("f")).text("f");
        if (f != null && !f.equals("json") && !f.equals("csv")) {
            throw QueryParameters.invalid("f", "'" + f + "' no es válido; use json o csv");
        }
        boolean csv = "csv".equals(f);
        List<CodeCrosswalk.Entry> entries = crosswalk.entries();
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(entries);
        }
        return ResponseEntity.ok().contentType(TerritoryProfileController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"equivalencias-cut.csv\"")
                .body(csv(entries));
    }

    static String csv(List<CodeCrosswalk.Entry> entries) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(COLUMNS).get())) {
            for (CodeCrosswalk.Entry e : entries) {
                printer.printRecord(CsvCells.safe(e.codigoAnterior()), CsvCells.safe(e.idAnterior()),
                        CsvCells.safe(e.codigoNuevo()), CsvCells.safe(e.nombre()), e.nivel(), e.tipo(),
                        e.fechaCambio(), CsvCells.safe(e.fuente()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
