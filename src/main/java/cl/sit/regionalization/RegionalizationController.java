package cl.sit.regionalization;

import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.territory.CustomTerritory;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Homogeneous territories: {@code POST /api/regionalizations} runs one (anyone: it writes nothing but its own
 * result), {@code GET /api/regionalizations/{id}} reads it as JSON, CSV ({@code f=csv}) or GeoJSON
 * ({@code f=geojson}), {@code POST /api/regionalizations/{id}/territorios} saves its regions as custom territories
 * (roles inversion, admin), {@code GET /api/regionalizations/variables} lists what can be asked for.
 */
@RestController
class RegionalizationController {

    private final RegionalizationData.Runs regionalizations;
    private final RegionalizationData.Stored store;
    private final RegionalizationData.Territories saver;
    private final RegionalizationDownloads downloads;
    private final RegionalizationData.Variables catalog;
    private final RegionalizationData.Shapes geometries;

    RegionalizationController(
            RegionalizationData.Runs regionalizations,
            RegionalizationData.Stored store,
            RegionalizationData.Territories saver,
            RegionalizationDownloads downloads,
            RegionalizationData.Variables catalog,
            RegionalizationData.Shapes geometries) {
        this.regionalizations = regionalizations;
        this.store = store;
        this.saver = saver;
        this.downloads = downloads;
        this.catalog = catalog;
        this.geometries = geometries;
    }

    @PostMapping(value = "/api/regionalizations", consumes = "application/json", produces = "application/json")
    ResponseEntity<RegionalizationDocument> run(@RequestBody JsonNode body, Principal user) {
        RegionalizationRequest q = RegionalizationRequest.parse(body);
        RegionalizationDocument doc = regionalizations.run(q, body.toString(), user == null ? null : user.getName());
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/regionalizations/{id}")
                .buildAndExpand(doc.id())
                .toUri();
        return ResponseEntity.created(location).body(doc);
    }

    @GetMapping(value = "/api/regionalizations/variables", produces = "application/json")
    VariableCatalog.Catalog variables() {
        return catalog.catalog();
    }

    @GetMapping(
            value = "/api/regionalizations/{id}",
            produces = {"application/json", "text/csv", "application/geo+json"})
    ResponseEntity<?> one(
            @PathVariable String id,
            @RequestParam(name = "f", required = false) String format,
            @RequestParam(name = "formato", required = false) String csvForm,
            @RequestParam(name = "simplificar", required = false) Double tolerance) {
        RegionalizationDocument doc = store.find(id).orElseThrow(() -> notFound(id));
        if (format == null || format.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(doc);
        }
        return switch (format) {
            case "csv" -> downloads.csv(doc, csvForm);
            case "geojson" -> downloads.geoJson(doc, geometries.of(doc), tolerance == null ? 0 : tolerance);
            default -> throw ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro 'f': use json, csv o geojson");
        };
    }

    @PostMapping(
            value = "/api/regionalizations/{id}/territorios",
            consumes = "application/json",
            produces = "application/json")
    ResponseEntity<List<CustomTerritory>> save(@PathVariable String id, @RequestBody JsonNode body, Principal user) {
        return ResponseEntity.status(HttpStatus.CREATED).body(saver.save(id, body, user.getName()));
    }

    static ApiException notFound(String id) {
        return ErrorCode.REGIONALIZATION_NOT_FOUND.exception("No existe la regionalización '" + id + "' (se "
                + "guardan las " + RegionalizationStore.KEPT + " más recientes)");
    }
}
