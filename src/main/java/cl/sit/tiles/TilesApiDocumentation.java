package cl.sit.tiles;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The vector tile endpoints ({@link TilesController}) as OpenAPI paths. */
@Component
class TilesApiDocumentation implements ApiContribution {

    static final String TILE = "/tiles/{collectionId}/{z}/{x}/{y}.mvt";
    static final String TILEJSON = "/tiles/{collectionId}.json";

    @Override
    public void addTo(ApiDocument doc) {
        ObjectNode tile = doc.path(TILE).putObject("get");
        tile.put("operationId", "getVectorTile");
        tile.put("summary", "Tesela vectorial (Mapbox Vector Tile, Web Mercator XYZ) de una colección con geometría");
        ArrayNode params = tile.putArray("parameters");
        params.addObject().put("$ref", "#/components/parameters/collectionId");
        coordinate(params, "z", "Nivel de zoom, 0 a 22");
        coordinate(params, "x", "Columna, 0 a 2^z - 1, desde el antimeridiano hacia el este");
        coordinate(params, "y", "Fila, 0 a 2^z - 1, desde el norte hacia el sur");
        ApiDocument.withOldNames(
                        List.of(
                                new Param(
                                        "desde",
                                        "query",
                                        "integer",
                                        "Colecciones con anio_inicio y "
                                                + "anio_fin: los elementos que corren desde ese año"),
                                new Param(
                                        "hasta",
                                        "query",
                                        "integer",
                                        "Colecciones con anio_inicio y anio_fin: los elementos que "
                                                + "corren hasta ese año"),
                                new Param(
                                        "compacto",
                                        "query",
                                        "boolean",
                                        "true: la tesela del mapa, los puntos reducidos a uno por "
                                                + "celda de un píxel con su número n")),
                        Group.YEARS,
                        Group.TILES)
                .forEach(p -> ApiDocument.parameter(params, p));
        ObjectNode responses = tile.putObject("responses");
        responses
                .putObject("200")
                .put("description", "La tesela: una capa MVT con el id de la colección")
                .putObject("content")
                .putObject("application/vnd.mapbox-vector-tile")
                .putObject("schema")
                .put("type", "string")
                .put("format", "binary");
        responses.putObject("204").put("description", "Tesela vacía: ningún elemento la alcanza");
        errors(responses);

        ObjectNode tileJson = doc.path(TILEJSON).putObject("get");
        tileJson.put("operationId", "getTileJson");
        tileJson.put("summary", "TileJSON 3.0.0 de una colección: URL de las teselas, campos, extensión y fuente");
        tileJson.putArray("parameters").addObject().put("$ref", "#/components/parameters/collectionId");
        ObjectNode ok = tileJson.putObject("responses");
        ok.putObject("200")
                .put("description", "TileJSON")
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("type", "object");
        errors(ok);
    }

    private static void coordinate(ArrayNode params, String name, String description) {
        params.addObject()
                .put("name", name)
                .put("in", "path")
                .put("required", true)
                .put("description", description)
                .putObject("schema")
                .put("type", "integer")
                .put("minimum", 0);
    }

    private static void errors(ObjectNode responses) {
        responses.putObject("400").put("description", "Coordenadas de tesela no válidas (JSON {code, description})");
        responses.putObject("404").put("description", "Colección desconocida o sin geometría");
    }
}
