package cl.sit.editing;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ErrorCode;
import cl.sit.system.SitProperties;
import cl.sit.system.Uploads;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Imports a file into an editable layer: {@code POST /collections/{id}/import} with a GeoJSON FeatureCollection as
 * the body, or a multipart form with field {@code archivo} holding a {@code .geojson} file or a zipped Shapefile.
 * Every feature is checked like an edit (type, validity, commune, schema, permission); one problem anywhere and
 * nothing is written (422 with every problem, numbered by feature). Vertices are capped per feature and per import
 * ({@link FeatureLimits}) before the import's transaction begins. Success: 201 with the new ids.
 */
@RestController
class LayerImportController {

    /** The outcome: how many features were created and their ids, in file order. */
    record Imported(int creados, List<Long> ids) {}

    private final LayerRegistry registry;
    private final FeatureEditor editor;
    private final LayerFiles files;
    private final ObjectMapper json;
    private final int maxFeatures;
    private final FeatureLimits limits;

    LayerImportController(
            LayerRegistry registry,
            FeatureEditor editor,
            LayerFiles files,
            ObjectMapper json,
            SitProperties properties,
            FeatureLimits limits) {
        this.limits = limits;
        this.registry = registry;
        this.editor = editor;
        this.files = files;
        this.json = json;
        this.maxFeatures = properties.editing().maxImportFeatures();
    }

    @PostMapping(
            value = "/collections/{collectionId}/import",
            consumes = {"application/geo+json", "application/json"},
            produces = "application/json")
    ResponseEntity<Imported> geoJson(
            @PathVariable String collectionId,
            @RequestBody JsonNode collection,
            @RequestParam(required = false) String motivo) {
        Layer layer = layer(collectionId);
        return imported(layer, LayerFiles.features(collection), motivo);
    }

    @PostMapping(
            value = "/collections/{collectionId}/import",
            consumes = "multipart/form-data",
            produces = "application/json")
    ResponseEntity<Imported> file(
            @PathVariable String collectionId,
            @RequestParam("archivo") MultipartFile file,
            @RequestParam(required = false) String motivo)
            throws IOException {
        Layer layer = layer(collectionId);
        String name = Uploads.fileName(file).toLowerCase(java.util.Locale.ROOT);
        List<JsonNode> features;
        try (InputStream in = file.getInputStream()) {
            if (name.endsWith(".zip")) {
                features = files.readShapefileZip(layer, in);
            } else if (name.endsWith(".geojson") || name.endsWith(".json")) {
                features = LayerFiles.features(json.readTree(in));
            } else {
                throw ErrorCode.UNSUPPORTED_FILE.exception("Suba un archivo .geojson o un Shapefile "
                        + "comprimido en .zip (con .shp, .shx, .dbf y .prj)");
            }
        }
        return imported(layer, features, motivo);
    }

    private ResponseEntity<Imported> imported(Layer layer, List<JsonNode> features, String motivo) {
        if (features.isEmpty()) {
            throw ErrorCode.EMPTY_FILE.exception("El archivo no tiene elementos");
        }
        if (features.size() > maxFeatures) {
            throw ErrorCode.TOO_MANY_FEATURES.exception(
                    "El archivo tiene " + features.size() + " elementos; el máximo por importación es " + maxFeatures);
        }
        limits.checkAll(features);
        List<Long> ids = new ArrayList<>();
        for (StoredFeature f : editor.importFeatures(layer, features, motivo == null ? "Importación" : motivo)) {
            ids.add(f.id());
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(ids.size(), ids));
    }

    private Layer layer(String collectionId) {
        Layer layer = registry.require(collectionId);
        EditPermissions.requireEditable(layer);
        return layer;
    }
}
