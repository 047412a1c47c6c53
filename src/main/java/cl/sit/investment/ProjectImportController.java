package cl.sit.investment;

import cl.sit.system.ErrorCode;
import cl.sit.system.Uploads;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/investments/import}: a CSV ({@code text/csv}) or GeoJSON ({@code application/geo+json})
 * body, or a form upload with the file in {@code archivo}; {@code unidad} (pesos, miles, millones) gives the unit
 * of a cost column whose header declares none (see {@link Amounts}); {@code modo=actualizar} updates the projects
 * whose BIP code is already stored (counts {@code creados}, {@code actualizados}, {@code sin_cambios}). 201 with the
 * new ids, the old commune codes read through the crosswalk ({@code codigos_mapeados}) and the warnings
 * ({@code advertencias}, see {@link ImportWarnings}), or 422 with every error and nothing written. With
 * {@code vista_previa=true} the whole import runs in a transaction that is rolled back: 200 with the same counts and
 * warnings (or the 422), no ids, and nothing kept; the import page shows it before the user confirms. Every project
 * written gets an entry in its history ({@link ProjectHistory}). Roles {@code inversion} and {@code admin}.
 */
@RestController
class ProjectImportController {

    /**
     * The import result: whether it was a preview (nothing kept), how many, their ids (none in a preview), the old
     * commune codes read as the communes in force, and warnings by row.
     */
    record Imported(
            @JsonProperty("vista_previa") boolean vistaPrevia,
            int importados,
            int creados,
            int actualizados,
            @JsonProperty("sin_cambios") int sinCambios,
            List<Integer> ids,
            @JsonProperty("codigos_mapeados") List<MappedCode> codigosMapeados,
            List<ImportError> advertencias) {}

    private final ProjectImport imports;

    ProjectImportController(ProjectImport imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/investments/import", consumes = "text/csv", produces = "application/json")
    ResponseEntity<Imported> csv(
            InputStream body,
            @RequestParam(name = "unidad", required = false) String unidad,
            @RequestParam(name = "modo", required = false) String modo,
            @RequestParam(name = "vista_previa", required = false) String vistaPrevia,
            Principal user)
            throws IOException {
        return created(
                imports.csv(new BufferedInputStream(body), null, options(unidad, modo, vistaPrevia), user.getName()));
    }

    @PostMapping(
            value = "/api/investments/import",
            consumes = {"application/geo+json", "application/json"},
            produces = "application/json")
    ResponseEntity<Imported> geojson(
            InputStream body,
            @RequestParam(name = "unidad", required = false) String unidad,
            @RequestParam(name = "modo", required = false) String modo,
            @RequestParam(name = "vista_previa", required = false) String vistaPrevia,
            Principal user)
            throws IOException {
        return created(imports.geojson(body, null, options(unidad, modo, vistaPrevia), user.getName()));
    }

    @PostMapping(
            value = "/api/investments/import",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = "application/json")
    ResponseEntity<Imported> upload(
            @RequestParam("archivo") MultipartFile file,
            @RequestParam(name = "unidad", required = false) String unidad,
            @RequestParam(name = "modo", required = false) String modo,
            @RequestParam(name = "vista_previa", required = false) String vistaPrevia,
            Principal user)
            throws IOException {
        String name = Uploads.fileName(file);
        ProjectImport.Options options = options(unidad, modo, vistaPrevia);
        try (InputStream in = new BufferedInputStream(file.getInputStream())) {
            boolean json = name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(geo)?json$");
            return created(
                    json
                            ? imports.geojson(in, name, options, user.getName())
                            : imports.csv(in, name, options, user.getName()));
        }
    }

    /**
     * {@code GET /api/investments/import/template}: the accepted headers and one example row, as CSV; with
     * {@code formato=excel}, separated by semicolons with decimal commas and a byte order mark, as Excel in Spanish
     * opens and saves it.
     */
    @GetMapping("/api/investments/import/template")
    ResponseEntity<byte[]> template(@RequestParam(name = "formato", required = false) String formato) {
        boolean excel = "excel".equals(formato);
        if (formato != null && !excel && !formato.equals("csv")) {
            throw ErrorCode.INVALID_PARAMETER.exception("formato debe ser csv o excel, no '" + formato + "'");
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"plantilla-proyectos" + (excel ? "-excel" : "") + ".csv\"")
                .body(ImportTemplate.csv(excel).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The import options: {@code unidad} (pesos, miles or millones) for cost columns whose header declares none;
     * {@code modo} crear (default: a stored BIP code is an error) or actualizar (it updates that project);
     * {@code vista_previa} true (validate and count, keep nothing) or false (default).
     */
    private static ProjectImport.Options options(String unidad, String modo, String vistaPrevia) {
        Amounts.Unit unit = unidad == null || unidad.isBlank()
                ? null
                : Amounts.Unit.ofOption(unidad)
                        .orElseThrow(() -> ErrorCode.INVALID_PARAMETER.exception(
                                "unidad debe ser pesos ($), miles (M$) o millones (MM$), no '" + unidad + "'"));
        if (modo != null && !modo.isBlank() && !modo.equals("crear") && !modo.equals("actualizar")) {
            throw ErrorCode.INVALID_PARAMETER.exception("modo debe ser crear o actualizar, no '" + modo + "'");
        }
        if (vistaPrevia != null
                && !vistaPrevia.isBlank()
                && !vistaPrevia.equals("true")
                && !vistaPrevia.equals("false")) {
            throw ErrorCode.INVALID_PARAMETER.exception("vista_previa debe ser true o false, no '" + vistaPrevia + "'");
        }
        return new ProjectImport.Options(unit, "actualizar".equals(modo), "true".equals(vistaPrevia));
    }

    private static ResponseEntity<Imported> created(ProjectImport.Result result) {
        ProjectImport.Counts c = result.counts();
        return ResponseEntity.status(result.preview() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new Imported(
                        result.preview(),
                        c.created() + c.updated() + c.unchanged(),
                        c.created(),
                        c.updated(),
                        c.unchanged(),
                        result.ids(),
                        result.mapped(),
                        result.warnings()));
    }
}
