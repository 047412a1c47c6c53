package cl.sit.layer;

import cl.sit.system.ErrorCode;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Layer templates ({@code GET /api/layers/templates}) and creation of editable layers by admins
 * ({@code POST /api/layers}): from a template ({@code {"template":"a21-vialidad","id":...,"title":...}}) or a custom
 * schema ({@code id, title, description, geometryType, attributes, style}). The new layer is an OGC API collection
 * at once, backed by its own typed table. {@code PUT /api/layers/{id}/style} changes a layer's symbology.
 */
@RestController
class LayerAdminController {

    private static final String DEFAULT_STYLE = "{\"color\":\"#5d4037\",\"weight\":2,\"fillOpacity\":0.3}";

    private final LayerTemplates templates;
    private final LayerCreator creator;
    private final LayerStyles styles;
    private final ObjectMapper json;

    LayerAdminController(LayerTemplates templates, LayerCreator creator, LayerStyles styles, ObjectMapper json) {
        this.templates = templates;
        this.creator = creator;
        this.styles = styles;
        this.json = json;
    }

    /** Replaces a layer's style (admins; {@link LayerStyleRules}): path options and classes by attribute value. */
    @PutMapping(value = "/api/layers/{id}/style", consumes = "application/json", produces = "application/json")
    JsonNode style(@PathVariable String id, @RequestBody JsonNode style, Authentication admin) {
        return styles.update(id, style, admin.getName()).style();
    }

    @GetMapping(value = "/api/layers/templates", produces = "application/json")
    List<LayerDefinition> templates() {
        return templates.all();
    }

    @PostMapping(value = "/api/layers", consumes = "application/json", produces = "application/json")
    ResponseEntity<Layer> create(@RequestBody JsonNode body, Authentication admin) {
        String id = body.path("id").asString(null);
        String title = body.path("title").asString(null);
        LayerDefinition definition;
        if (body.hasNonNull("template")) {
            String template = body.get("template").asString();
            definition = templates
                    .find(template)
                    .orElseThrow(() -> ErrorCode.INVALID_LAYER.exception("No existe la plantilla " + template))
                    .as(id, title, template);
        } else {
            JsonNode attributes = body.path("attributes");
            if (!attributes.isArray()) {
                throw ErrorCode.INVALID_LAYER.exception(
                        "Indique una plantilla ('template') o los atributos "
                                + "de la capa ('attributes': [{name, type, title, required?, domain?, maxLength?, min?, max?}])");
            }
            List<LayerAttribute> schema;
            try {
                schema = JdbcLayerRegistry.attributes(attributes);
            } catch (RuntimeException e) {
                throw ErrorCode.INVALID_LAYER.exception("Atributos no válidos: cada uno necesita name, type "
                        + "(string, integer, number, boolean, date) y title, con nombres en minúsculas");
            }
            definition = new LayerDefinition(
                    id,
                    null,
                    title,
                    body.path("description").asString(""),
                    body.path("geometryType").asString(""),
                    schema,
                    body.hasNonNull("style") ? body.get("style") : json.readTree(DEFAULT_STYLE),
                    null,
                    null,
                    body.path("source").asString("Capa creada en SIT"));
        }
        Layer layer = creator.create(definition, admin.getName());
        return ResponseEntity.created(URI.create("/collections/" + layer.id())).body(layer);
    }
}
