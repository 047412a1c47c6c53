package cl.sit.ogcapi;

import cl.sit.layer.LayerRegistry;
import cl.sit.openapi.ApiContribution;
import cl.sit.system.SitProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api}: the OpenAPI 3.0 definition, as JSON or as an HTML page. */
@RestController
class ApiDocumentController {

    private final LayerRegistry registry;
    private final OpenApiDocument openApi;

    ApiDocumentController(
            LayerRegistry registry, JsonMapper json, SitProperties properties, List<ApiContribution> contributions) {
        this.registry = registry;
        this.openApi = new OpenApiDocument(json, properties.ogcapi(), contributions);
    }

    @GetMapping(
            value = "/api",
            produces = {MediaTypes.OPENAPI_JSON_VALUE, MediaTypes.JSON})
    ResponseEntity<JsonNode> json(HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        return ResponseEntity.ok().contentType(MediaTypes.OPENAPI_JSON).body(document());
    }

    @GetMapping(value = "/api", produces = MediaTypes.HTML)
    ApiDocumentPage html(HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        return new ApiDocumentPage(document());
    }

    private JsonNode document() {
        return openApi.build(OgcLinks.href(""), registry.all());
    }
}
