package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.filter.Queryables;
import cl.sit.layer.Layer;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The OpenAPI description of filtering: the Part 3 parameters of {@code /items} and the queryables paths. */
final class FilteringPaths {

    private static final List<String> ITEMS_PARAMETERS =
            List.of("filter", "filter-lang", "filter-crs", "sortby", "properties");

    /** The names of the filtering parameters of a layer's {@code /items} (in {@code components/parameters}). */
    static List<String> itemsParameters(Layer layer) {
        List<String> names = new java.util.ArrayList<>(ITEMS_PARAMETERS);
        if (Queryables.hasGeometry(layer)) {
            names.add(Queryables.GEOMETRY);
        }
        return names;
    }

    private FilteringPaths() {}

    /** The parameters, in {@code components/parameters}. */
    static void addParameters(ObjectNode parameters) {
        string(
                parameters,
                "filter",
                "Filtro CQL2 (OGC 21-065r2) sobre las propiedades de /queryables: =, <>, <, >, "
                        + "<=, >=, AND, OR, NOT, LIKE, BETWEEN, IN, IS NULL, S_INTERSECTS y las demás funciones espaciales, "
                        + "T_AFTER, T_BEFORE, T_DISJOINT, T_EQUALS, T_INTERSECTS (instantes o intervalos) y T_CONTAINS, "
                        + "T_DURING, T_FINISHEDBY, T_FINISHES, T_MEETS, T_METBY, T_OVERLAPPEDBY, T_OVERLAPS, T_STARTEDBY, "
                        + "T_STARTS (solo intervalos), DATE('...'), TIMESTAMP('...'), INTERVAL(inicio, fin) con '..' para un "
                        + "extremo abierto (una fecha comparada con un instante se compara con el día UTC de este); "
                        + "extensión de SIT: S_DWITHIN(geometry, <geometría>, metros), distancia en una proyección "
                        + "equirectangular local (no geodésica)");
        ArrayNode languages = string(parameters, "filter-lang", "Lenguaje del filtro")
                .withObject("schema")
                .put("default", "cql2-text")
                .putArray("enum");
        languages.add("cql2-text").add("cql2-json");
        ArrayNode filterCrs = string(
                        parameters,
                        "filter-crs",
                        "CRS de las geometrías del filtro (URI), con sus ejes "
                                + "en el orden de ese sistema; por omisión CRS84")
                .withObject("schema")
                .put("default", ServedCrs.CRS84.uri())
                .putArray("enum");
        ServedCrs.uris().forEach(filterCrs::add);
        ObjectNode sortby = string(
                parameters,
                "sortby",
                "Orden: atributos separados por comas, '-' delante para "
                        + "descendente (p. ej. -costo_total_clp,nombre); el id desempata");
        sortby.put("style", "form").put("explode", false);
        string(parameters, Queryables.GEOMETRY, "Geometría WKT en CRS84: elementos cuya geometría la interseca");
        ObjectNode properties = string(parameters, "properties", "Atributos a devolver, separados por comas");
        properties.put("style", "form").put("explode", false);
    }

    /** {@code /collections/{id}/queryables} for each layer. */
    static void addPaths(ObjectNode paths, List<Layer> layers) {
        for (Layer layer : layers) {
            ObjectNode op = paths.putObject("/collections/" + layer.id() + "/queryables")
                    .putObject("get");
            op.put("operationId", "getQueryables_" + layer.id());
            op.put("summary", layer.title() + ": propiedades para filtrar (JSON Schema o página HTML)");
            op.putArray("tags").add(layer.id());
            op.putArray("parameters").addObject().put("$ref", "#/components/parameters/f");
            ObjectNode ok = op.putObject("responses").putObject("200");
            ok.put("description", "Queryables");
            ObjectNode content = ok.putObject("content");
            content.putObject(QueryablesController.SCHEMA_JSON)
                    .putObject("schema")
                    .put("type", "object");
            content.putObject(MediaTypes.HTML).putObject("schema").put("type", "string");
        }
    }

    private static ObjectNode string(ObjectNode parameters, String name, String description) {
        ObjectNode p = parameters.putObject(name);
        p.put("name", name).put("in", "query").put("required", false).put("description", description);
        p.putObject("schema").put("type", "string");
        return p;
    }
}
