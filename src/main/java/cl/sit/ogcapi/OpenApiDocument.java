package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.system.SitProperties;
import java.util.Comparator;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the OpenAPI 3.0 definition of the service from the layer registry: the generic resources plus one
 * {@code /collections/{id}/items} path per collection with its attribute filters, so clients (GDAL's OAPIF
 * driver among them) see exactly which parameters each collection accepts; then every capability's
 * {@link ApiContribution} adds the routes it serves.
 */
final class OpenApiDocument {

    private final JsonMapper json;
    private final SitProperties.OgcApi limits;
    private final List<ApiContribution> contributions;

    OpenApiDocument(JsonMapper json, SitProperties.OgcApi limits, List<ApiContribution> contributions) {
        this.json = json;
        this.limits = limits;
        // A stable order, whatever the order in which the beans were found.
        this.contributions = contributions.stream()
                .sorted(Comparator.comparing((ApiContribution c) -> c.getClass().getName()))
                .toList();
    }

    ObjectNode build(String serverUrl, List<Layer> layers) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", LandingController.TITLE);
        info.put("version", "0.1.0");
        info.put(
                "description",
                "OGC API - Features (Partes 1 a 4, filtros CQL2) de SIT. Cada proyecto de inversión "
                        + "dice si es ilustrativo (generado por SIT, no real); las respuestas de análisis de inversión "
                        + "llevan ilustrativo: true mientras haya alguno.");
        info.putObject("license").put("name", "Datos: ver PROVENANCE.md de cada fuente");
        doc.putArray("servers").addObject().put("url", serverUrl);
        ObjectNode paths = doc.putObject("paths");
        paths.set("/", operation("getLandingPage", "Página de inicio", List.of("f"), "LandingPage"));
        paths.set("/conformance", operation("getConformance", "Clases de conformidad", List.of("f"), "Conformance"));
        paths.set("/api", operation("getApi", "Esta definición OpenAPI", List.of("f"), "Api"));
        paths.set("/collections", operation("getCollections", "Colecciones", List.of("f"), "Collections"));
        paths.set(
                "/collections/{collectionId}",
                operation(
                        "describeCollection",
                        "Descripción de una colección",
                        List.of("collectionId", "f"),
                        "Collection"));
        paths.set("/collections/{collectionId}/schema.xsd", schema());
        for (Layer layer : layers) {
            paths.set("/collections/" + layer.id() + "/items", items(layer));
            paths.set(
                    "/collections/" + layer.id() + "/items/{featureId}",
                    operation(
                            "getFeature_" + layer.id(),
                            layer.title() + ": un elemento",
                            List.of("featureId", "crs", "f"),
                            "Feature"));
        }
        ObjectNode components = doc.putObject("components");
        components(components, layers);
        components
                .putObject("securitySchemes")
                .putObject("basic")
                .put("type", "http")
                .put("scheme", "basic");
        FilteringPaths.addPaths(paths, layers);
        ApiDocument contributed = new ApiDocument(paths, components, layers);
        contributions.forEach(c -> c.addTo(contributed));
        return doc;
    }

    /** {@code /collections/{collectionId}/schema.xsd}: the GML application schema of a collection's attributes. */
    private ObjectNode schema() {
        ObjectNode get = json.createObjectNode();
        ObjectNode op = get.putObject("get");
        op.put("operationId", "getSchema");
        op.put("summary", "Esquema GML (XML Schema) de los atributos de una colección y sus tipos");
        ArrayNode params = op.putArray("parameters");
        params.addObject().put("$ref", "#/components/parameters/collectionId");
        params.addObject().put("$ref", "#/components/parameters/f");
        ObjectNode responses = op.putObject("responses");
        responses
                .putObject("200")
                .put("description", "Esquema")
                .putObject("content")
                .putObject("application/xml")
                .putObject("schema")
                .put("type", "string");
        responses
                .putObject("404")
                .put("description", "No encontrado")
                .putObject("content")
                .putObject(MediaTypes.JSON)
                .putObject("schema")
                .put("$ref", "#/components/schemas/Exception");
        return get;
    }

    private ObjectNode items(Layer layer) {
        ObjectNode get = json.createObjectNode();
        ObjectNode op = get.putObject("get");
        op.put("operationId", "getFeatures_" + layer.id());
        op.put("summary", layer.title() + ": elementos");
        op.put("description", layer.description());
        op.putArray("tags").add(layer.id());
        ArrayNode params = op.putArray("parameters");
        for (String p : List.of("bbox", "bbox-crs", "crs", "limit", "offset", "datetime", "f")) {
            params.addObject().put("$ref", "#/components/parameters/" + p);
        }
        FilteringPaths.itemsParameters(layer)
                .forEach(p -> params.addObject().put("$ref", "#/components/parameters/" + p));
        if (layer.editable()) {
            params.addObject()
                    .put("name", "asOf")
                    .put("in", "query")
                    .put("required", false)
                    .put("description", "La capa tal como estaba en ese instante RFC 3339 (o al final de esa fecha)")
                    .putObject("schema")
                    .put("type", "string");
        }
        for (LayerAttribute a : layer.attributes()) {
            ObjectNode p = params.addObject();
            p.put("name", a.name());
            p.put("in", "query");
            p.put("required", false);
            p.put("description", a.title() + " (igual a)");
            p.put("style", "form");
            p.put("explode", false);
            schemaOf(p.putObject("schema"), a);
        }
        responses(op, "FeatureCollection");
        return get;
    }

    private ObjectNode operation(String id, String summary, List<String> parameters, String response) {
        ObjectNode get = json.createObjectNode();
        ObjectNode op = get.putObject("get");
        op.put("operationId", id);
        op.put("summary", summary);
        ArrayNode params = op.putArray("parameters");
        parameters.forEach(p -> params.addObject().put("$ref", "#/components/parameters/" + p));
        responses(op, response);
        return get;
    }

    private void responses(ObjectNode op, String what) {
        ObjectNode responses = op.putObject("responses");
        ObjectNode ok = responses.putObject("200");
        ok.put("description", what);
        ObjectNode content = ok.putObject("content");
        String type = what.startsWith("Feature")
                ? MediaTypes.GEO_JSON_VALUE
                : what.equals("Api") ? MediaTypes.OPENAPI_JSON_VALUE : MediaTypes.JSON;
        content.putObject(type).putObject("schema").put("type", "object");
        content.putObject(MediaTypes.HTML).putObject("schema").put("type", "string");
        for (String code : List.of("400", "404", "500")) {
            ObjectNode r = responses.putObject(code);
            r.put(
                    "description",
                    code.equals("400")
                            ? "Parámetro no válido"
                            : code.equals("404") ? "No encontrado" : "Error del servidor");
            r.putObject("content")
                    .putObject(MediaTypes.JSON)
                    .putObject("schema")
                    .put("$ref", "#/components/schemas/Exception");
        }
    }

    private void components(ObjectNode components, List<Layer> layers) {
        ObjectNode p = components.putObject("parameters");
        ObjectNode bbox = query(p, "bbox", "Caja en CRS84: minLon,minLat,maxLon,maxLat (o 6 valores con altura)");
        ObjectNode bboxSchema = bbox.putObject("schema");
        bboxSchema.put("type", "array").put("minItems", 4).put("maxItems", 6);
        bboxSchema.putObject("items").put("type", "number");
        bbox.put("style", "form").put("explode", false);
        ObjectNode limit = query(p, "limit", "Número máximo de elementos (valores mayores se reducen al máximo)");
        limit.putObject("schema")
                .put("type", "integer")
                .put("minimum", 1)
                .put("maximum", limits.maxLimit())
                .put("default", limits.defaultLimit());
        limit.put("style", "form").put("explode", false);
        query(p, "offset", "Elementos a saltar (paginación)")
                .putObject("schema")
                .put("type", "integer")
                .put("minimum", 0)
                .put("default", 0);
        query(
                        p,
                        "datetime",
                        "Instante o intervalo RFC 3339; en capas editables, un instante lee la capa como "
                                + "estaba entonces")
                .put("style", "form")
                .put("explode", false)
                .putObject("schema")
                .put("type", "string");
        crsParameter(
                p,
                CrsParameters.CRS,
                "Sistema de coordenadas de la geometría de la respuesta (URI; "
                        + "por omisión CRS84). El encabezado Content-Crs lo repite");
        crsParameter(
                p,
                CrsParameters.BBOX_CRS,
                "Sistema de coordenadas de bbox (URI; por omisión CRS84), con "
                        + "sus ejes en el orden de ese sistema (EPSG:4326: minLat,minLon,maxLat,maxLon)");
        FilteringPaths.addParameters(p);
        ObjectNode f = query(p, "f", "Formato de la respuesta");
        f.putObject("schema").put("type", "string").putArray("enum").add("json").add("html");
        ObjectNode collectionId = p.putObject("collectionId");
        collectionId.put("name", "collectionId").put("in", "path").put("required", true);
        ArrayNode ids = collectionId.putObject("schema").put("type", "string").putArray("enum");
        layers.forEach(l -> ids.add(l.id()));
        ObjectNode featureId = p.putObject("featureId");
        featureId.put("name", "featureId").put("in", "path").put("required", true);
        featureId.putObject("schema").put("type", "string");
        ObjectNode exception = components.putObject("schemas").putObject("Exception");
        exception.put("type", "object").putArray("required").add("code");
        ObjectNode props = exception.putObject("properties");
        props.putObject("code").put("type", "string");
        props.putObject("description").put("type", "string");
    }

    private static void crsParameter(ObjectNode parameters, String name, String description) {
        ObjectNode schema = query(parameters, name, description).putObject("schema");
        schema.put("type", "string").put("format", "uri").put("default", ServedCrs.CRS84.uri());
        ArrayNode uris = schema.putArray("enum");
        ServedCrs.uris().forEach(uris::add);
    }

    private static ObjectNode query(ObjectNode parameters, String name, String description) {
        ObjectNode p = parameters.putObject(name);
        p.put("name", name).put("in", "query").put("required", false).put("description", description);
        return p;
    }

    private static void schemaOf(ObjectNode schema, LayerAttribute a) {
        switch (a.type()) {
            case DATE -> schema.put("type", "string").put("format", "date");
            default -> schema.put("type", a.type().jsonName());
        }
    }
}
