package cl.sit.investment;

import cl.sit.system.Uploads;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/investments/import}: a CSV ({@code text/csv}) or GeoJSON ({@code application/geo+json})
 * body, or a form upload with the file in {@code archivo}. 201 with the new ids and the old commune codes read
 * through the crosswalk ({@code codigosMapeados}), or 422 with every error and nothing written. Roles
 * {@code inversion} and {@code admin}.
 */
@RestController
class ProjectImportController {

    /** The import result: how many, their ids, and the old commune codes read as the communes in force. */
    record Imported(int importados, List<Integer> ids, List<MappedCode> codigosMapeados) {}

    private final ProjectImport imports;

    ProjectImportController(ProjectImport imports) {
        this.imports = imports;
    }

    @PostMapping(value = "/api/investments/import", consumes = "text/csv", produces = "application/json")
    ResponseEntity<Imported> csv(InputStream body) throws IOException {
        return created(imports.csv(new BufferedInputStream(body), null));
    }

    @PostMapping(value = "/api/investments/import", consumes = {"application/geo+json", "application/json"},
            produces = "application/json")
    ResponseEntity<Imported> geojson(InputStream body) throws IOException {
        return created(imports.geojson(body, null));
    }

    @PostMapping(value = "/api/investments/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = "application/json")
    ResponseEntity<Imported> upload(@RequestParam("archivo") MultipartFile file) throws IOException {
        String name = Uploads.fileName(file);
        try (InputStream in = new BufferedInputStream(file.getInputStream())) {
            boolean json = name.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(geo)?json$");
            return created(json ? imports.geojson(in, name) : imports.csv(in, name));
        }
    }

    private static ResponseEntity<Imported> created(ProjectImport.Result result) {
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(result.ids().size(), result.ids(),
                result.mapped()));
    }
}
