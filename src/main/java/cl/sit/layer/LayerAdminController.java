package cl.sit.layer;

import cl.sit.system.ErrorCode;
import cl.sit.system.RenamedParameters;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.node.ArrayNode;

/**
 * Layer templates ({@code GET /api/layers/templates}) and creation of editable layers by admins
 * ({@code POST /api/layers}): from a template ({@code {"plantilla":"a21-vialidad","id":...,"titulo":...}}) or a
 * custom schema ({@code id, titulo, descripcion, tipo_geometria, fuente, atributos, style}, each attribute
 * {@code nombre, tipo, titulo, obligatorio?, dominio?, largo_maximo?, minimo?, maximo?}). The English names of the
 * releases before ({@code template, title, ...}; {@code name, type, ...}) are accepted until release
 * {@value RenamedParameters#REMOVED_IN} ({@link RenamedParameters#fields}); the answers carry only the Spanish ones.
 * The new layer is an OGC API collection at once, backed by its own typed table. {@code PUT /api/layers/{id}/style}
 * changes a layer's symbology (its style keeps Leaflet's names).
 */
@RestController
class LayerAdminController {

    /** The body's English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED_LAYER = Map.of(
            "template", "plantilla",
            "title", "titulo",
            "description", "descripcion",
            "geometryType", "tipo_geometria",
            "attributes", "atributos",
            "source", "fuente");

    /** Each attribute's English names until release {@value RenamedParameters#REMOVED_IN} (old → new). */
    static final Map<String, String> RENAMED_ATTRIBUTE = Map.of(
            "name", "nombre",
            "type", "tipo",
            "title", "titulo",
            "required", "obligatorio",
            "domain", "dominio",
            "maxLength", "largo_maximo",
            "min", "minimo",
            "max", "maximo");

    private static final String DEFAULT_STYLE = "{\"color\":\"#5d4037\",\"weight\":2,\"fillOpacity\":0.3}";

    /** A layer as {@code POST /api/layers} answers it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LayerView(
            String id,
            String titulo,
            String descripcion,
            String tabla,
            @JsonProperty("columna_id") String columnaId,
            @JsonProperty("tipo_geometria") String tipoGeometria,
            List<AttributeView> atributos,
            JsonNode style,
            boolean ilustrativo,
            String fuente,
            @JsonProperty("visible_inicial") boolean visibleInicial,
            boolean editable,
            String paquete) {

        static LayerView of(Layer l) {
            return new LayerView(
                    l.id(),
                    l.title(),
                    l.description(),
                    l.table(),
                    l.idColumn(),
                    l.geometryType(),
                    AttributeView.of(l.attributes()),
                    l.style(),
                    l.illustrative(),
                    l.source(),
                    l.defaultVisible(),
                    l.editable(),
                    l.packageName());
        }
    }

    /** A template as {@code GET /api/layers/templates} lists it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TemplateView(
            String id,
            String tabla,
            String titulo,
            String descripcion,
            @JsonProperty("tipo_geometria") String tipoGeometria,
            List<AttributeView> atributos,
            JsonNode style,
            String paquete,
            String fuente) {

        static TemplateView of(LayerDefinition d) {
            return new TemplateView(
                    d.id(),
                    d.table(),
                    d.title(),
                    d.description(),
                    d.geometryType(),
                    AttributeView.of(d.attributes()),
                    d.style(),
                    d.packageName(),
                    d.source());
        }
    }

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
    List<TemplateView> templates() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @PostMapping(value = "/api/layers", consumes = "application/json", produces = "application/json")
    ResponseEntity<LayerView> create(@RequestBody JsonNode request, Authentication admin) {
        if (request == null || !request.isObject()) {
            throw ErrorCode.INVALID_BODY.exception("El cuerpo debe ser un objeto JSON");
        }
        JsonNode body = RenamedParameters.fields(request, RENAMED_LAYER);
        String id = body.path("id").asString(null);
        String title = body.path("titulo").asString(null);
        LayerDefinition definition;
        if (body.hasNonNull("plantilla")) {
            String template = body.get("plantilla").asString();
            definition = templates
                    .find(template)
                    .orElseThrow(() -> ErrorCode.INVALID_LAYER.exception("No existe la plantilla " + template))
                    .as(id, title, template);
        } else {
            definition = new LayerDefinition(
                    id,
                    null,
                    title,
                    body.path("descripcion").asString(""),
                    body.path("tipo_geometria").asString(""),
                    attributes(body.path("atributos")),
                    body.hasNonNull("style") ? body.get("style") : json.readTree(DEFAULT_STYLE),
                    null,
                    null,
                    body.path("fuente").asString("Capa creada en SIT"));
        }
        Layer layer = creator.create(definition, admin.getName());
        return ResponseEntity.created(URI.create("/collections/" + layer.id())).body(LayerView.of(layer));
    }

    /** The body's attribute schema, each attribute's old names replaced by the new ones first. */
    private static List<LayerAttribute> attributes(JsonNode given) {
        if (!given.isArray()) {
            throw ErrorCode.INVALID_LAYER.exception(
                    "Indique una plantilla ('plantilla') o los atributos de la capa "
                            + "('atributos': [{nombre, tipo, titulo, obligatorio?, dominio?, largo_maximo?, minimo?, maximo?}])");
        }
        ArrayNode schema = (ArrayNode) given.deepCopy();
        for (int i = 0; i < schema.size(); i++) {
            schema.set(i, RenamedParameters.fields(schema.get(i), RENAMED_ATTRIBUTE));
        }
        try {
            return AttributeSchema.read(schema, AttributeSchema.Names.API);
        } catch (RuntimeException e) {
            throw ErrorCode.INVALID_LAYER.exception("Atributos no válidos: cada uno necesita nombre, tipo "
                    + "(string, integer, number, boolean, date) y titulo, con nombres en minúsculas");
        }
    }
}
