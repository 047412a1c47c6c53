package cl.sit.editing;

import cl.sit.geojson.GeoJsonWriter;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.system.ErrorCode;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/**
 * Downloads a whole layer as a file for QGIS: {@code GET /collections/{id}/export?formato=geojson} (streamed) or
 * {@code formato=shapefile} (a zip with .shp, .shx, .dbf, .prj and .cpg in WGS84). The reader sees what they may
 * read (drafts of editable layers only in their own communes).
 */
@RestController
class LayerExportController {

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final LayerVisibility visibility;
    private final LayerFiles files;
    private final ObjectMapper json;

    LayerExportController(
            LayerRegistry registry,
            FeatureStore store,
            LayerVisibility visibility,
            LayerFiles files,
            ObjectMapper json) {
        this.registry = registry;
        this.store = store;
        this.visibility = visibility;
        this.files = files;
        this.json = json;
    }

    @GetMapping("/collections/{collectionId}/export")
    ResponseEntity<StreamingResponseBody> export(
            @PathVariable String collectionId, @RequestParam(defaultValue = "geojson") String formato) {
        Layer layer = registry.require(collectionId);
        FeatureQuery all = new FeatureQuery(null, Map.of(), visibility.visibleOwners(layer), Integer.MAX_VALUE, 0);
        return switch (formato) {
            case "geojson" ->
                download(layer.id() + ".geojson", MediaType.parseMediaType("application/geo+json"), out -> {
                    try (JsonGenerator g = json.createGenerator(out)) {
                        g.writeStartObject();
                        g.writeStringProperty("type", "FeatureCollection");
                        g.writeStringProperty("name", layer.id());
                        g.writeName("features");
                        g.writeStartArray();
                        store.forEach(layer, all, f -> GeoJsonWriter.writeFeature(g, f));
                        g.writeEndArray();
                        g.writeEndObject();
                    }
                });
            case "shapefile" -> {
                byte[] zip = files.shapefileZip(layer, all);
                yield download(layer.id() + ".zip", MediaType.parseMediaType("application/zip"), out -> out.write(zip));
            }
            default ->
                throw ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro 'formato': use geojson o shapefile");
        };
    }

    private static ResponseEntity<StreamingResponseBody> download(
            String filename, MediaType type, StreamingResponseBody body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(body);
    }
}
