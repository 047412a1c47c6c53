package cl.sit.ogcapi;

import cl.sit.filter.Queryables;
import cl.sit.http.HttpCaching;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /collections/{collectionId}/queryables} (OGC API Features Part 3): the names a filter may use, as a JSON
 * Schema 2020-12 document built from the layer registry, or as an HTML page. The geometry is the queryable
 * {@code geometry}, marked with {@code x-ogc-role: primary-geometry} and a {@code geometry-*} format. Weak ETags
 * and {@code If-None-Match} as for the collection ({@link HttpCaching#queryables}).
 */
@RestController
class QueryablesController {

    static final String SCHEMA_JSON = "application/schema+json";
    static final String REL = "http://www.opengis.net/def/rel/ogc/1.0/queryables";

    private static final MediaType SCHEMA_JSON_TYPE = MediaType.parseMediaType(SCHEMA_JSON);

    private final LayerRegistry registry;
    private final HttpCaching caching;

    QueryablesController(LayerRegistry registry, HttpCaching caching) {
        this.registry = registry;
        this.caching = caching;
    }

    @GetMapping(
            value = "/collections/{collectionId}/queryables",
            produces = {SCHEMA_JSON, MediaTypes.JSON})
    ResponseEntity<ObjectNode> queryables(@PathVariable String collectionId, HttpServletRequest request) {
        Layer layer = layer(collectionId, request);
        return caching.queryables(request, layer).answer(request, SCHEMA_JSON_TYPE, () -> schema(layer));
    }

    @GetMapping(value = "/collections/{collectionId}/queryables", produces = MediaTypes.HTML)
    ResponseEntity<QueryablesPage> html(@PathVariable String collectionId, HttpServletRequest request) {
        Layer layer = layer(collectionId, request);
        return caching.queryables(request, layer).answer(request, () -> QueryablesPage.of(layer));
    }

    private Layer layer(String collectionId, HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        return registry.require(collectionId);
    }

    static ObjectNode schema(Layer layer) {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        doc.put("$id", OgcLinks.href("/collections/" + layer.id() + "/queryables"));
        doc.put("type", "object");
        doc.put("title", layer.title());
        doc.put(
                "description",
                "Propiedades que se pueden usar en filter (CQL2) en /collections/" + layer.id() + "/items");
        ObjectNode properties = doc.putObject("properties");
        for (LayerAttribute a : layer.attributes()) {
            ObjectNode p = properties.putObject(a.name());
            p.put("title", a.title());
            switch (a.type()) {
                case DATE -> p.put("type", "string").put("format", "date");
                default -> p.put("type", a.type().jsonName());
            }
            if (!a.domain().isEmpty()) {
                a.domain().forEach(p.putArray("enum")::add);
            }
        }
        if (Queryables.hasGeometry(layer)) {
            String type = layer.geometryType().equals("Geometry")
                    ? "any"
                    : layer.geometryType().toLowerCase(Locale.ROOT);
            properties
                    .putObject(Queryables.GEOMETRY)
                    .put("title", "Geometría")
                    .put("format", "geometry-" + type)
                    .put("x-ogc-role", "primary-geometry");
        }
        doc.put("additionalProperties", false);
        return doc;
    }
}
