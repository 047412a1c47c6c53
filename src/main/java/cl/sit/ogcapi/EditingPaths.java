package cl.sit.ogcapi;

import cl.sit.layer.Layer;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * OpenAPI operations of editable layers (OGC API Features Part 4 and SIT's history, batch, repair, import and
 * export), plus layer, user and grant administration. Writes need HTTP Basic ({@code basic} scheme).
 */
final class EditingPaths {

    private record Op(String method, String id, String summary, boolean ifMatch, String body, String ok) {}

    private static final List<Op> ITEMS = List.of(
            new Op("post", "createFeature", "Crea un elemento (201, Location, ETag)", false, "application/geo+json",
                    "201"));
    private static final List<Op> ITEM = List.of(
            new Op("put", "replaceFeature", "Reemplaza un elemento (If-Match obligatorio)", true,
                    "application/geo+json", "200"),
            new Op("patch", "updateFeature", "Modifica un elemento con JSON Merge Patch (If-Match obligatorio)", true,
                    "application/merge-patch+json", "200"),
            new Op("delete", "deleteFeature", "Elimina un elemento (If-Match obligatorio)", true, null, "204"));

    private EditingPaths() {}

    static void addTo(ObjectNode paths, Layer layer) {
        String base = "/collections/" + layer.id();
        ITEMS.forEach(op -> operation(paths, base + "/items", layer, op, false));
        ITEM.forEach(op -> operation(paths, base + "/items/{featureId}", layer, op, true));
        operation(paths, base + "/items/{featureId}/history", layer, new Op("get", "getFeatureHistory",
                "Historial del elemento: versiones con antes y después (usuarios con sesión)", false, null, "200"),
                true);
        operation(paths, base + "/items/{featureId}/comments", layer, new Op("get", "getReviewComments",
                "Comentarios de revisión del elemento: autor, fecha, texto, resuelto (usuarios con sesión)", false,
                null, "200"), true);
        operation(paths, base + "/items/{featureId}/comments", layer, new Op("post", "addReviewComment",
                "Agrega un comentario {texto} (editores de la comuna y administradores)", false,
                "application/json", "201"), true);
        operation(paths, base + "/items/{featureId}/revert", layer, new Op("post", "revertFeature",
                "Vuelve a una versión anterior como versión nueva (If-Match: la última versión)", true,
                "application/json", "200"), true);
        operation(paths, base + "/batch", layer, new Op("post", "batch", "Lote de cambios, todo o nada", false,
                "application/json", "200"), false);
        operation(paths, base + "/repair", layer, new Op("post", "repairGeometry",
                "Vista previa de la geometría reparada (no guarda nada)", false, "application/geo+json", "200"), false);
        operation(paths, base + "/import", layer, new Op("post", "importFeatures",
                "Importa GeoJSON o Shapefile comprimido (multipart 'archivo'), todo o nada", false,
                "multipart/form-data", "201"), false);
    }

    static void addAdministration(ObjectNode paths) {
        ObjectNode templates = paths.putObject("/api/layers/templates").putObject("get");
        templates.put("operationId", "getLayerTemplates").put("summary", "Plantillas de capas (Agenda 21)");
        templates.putObject("responses").putObject("200").put("description", "Plantillas");
        admin(paths, "/api/layers", "post", "createLayer", "Crea una capa editable desde una plantilla o un esquema");
        admin(paths, "/api/layers/{id}/style", "put", "setLayerStyle", "Cambia la simbología de una capa: opciones de "
                + "trazo y clases por los valores de un atributo ({\"categories\": {\"attribute\", \"values\"}}); "
                + "422 InvalidStyle si no es válida (admin)");
        admin(paths, "/api/users", "get", "getUsers", "Todos los usuarios con sus roles y permisos (admin)");
        admin(paths, "/api/users", "post", "createUser", "Crea un usuario con roles (admin)");
        admin(paths, "/api/users/{username}/roles/{role}", "put", "addRole", "Da un rol a un usuario (admin)");
        admin(paths, "/api/users/{username}/roles/{role}", "delete", "removeRole", "Quita un rol (admin)");
        admin(paths, "/api/users/{username}/password", "put", "resetPassword",
                "Cambia la contraseña de un usuario (admin)");
        admin(paths, "/api/users/{username}/enabled", "put", "enableUser", "Habilita o deshabilita (admin)");
        admin(paths, "/api/users/{username}", "get", "getUser", "Un usuario con sus roles y permisos (admin)");
        admin(paths, "/api/users/{username}/grants", "post", "grantEditor",
                "Permite a un editor editar una capa (o *) de una comuna (admin)");
        admin(paths, "/api/users/{username}/grants", "delete", "revokeEditor", "Quita un permiso (admin)");
    }

    private static void admin(ObjectNode paths, String path, String method, String id, String summary) {
        ObjectNode p = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode o = p.putObject(method);
        o.put("operationId", id).put("summary", summary);
        o.putArray("tags").add("Administración");
        for (String name : new String[] {"username", "id"}) {
            if (path.contains("{" + name + "}")) {
                o.putArray("parameters").addObject().put("name", name).put("in", "path").put("required", true)
                        .putObject("schema").put("type", "string");
            }
        }
        o.putArray("security").addObject().putArray("basic");
        ObjectNode r = o.putObject("responses");
        r.putObject("200").put("description", "Resultado");
        r.putObject("401").put("description", "Sin autenticación");
        r.putObject("403").put("description", "Solo administradores");
    }

    private static void operation(ObjectNode paths, String path, Layer layer, Op op, boolean withId) {
        ObjectNode p = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode o = p.putObject(op.method());
        o.put("operationId", op.id() + "_" + layer.id());
        o.put("summary", layer.title() + ": " + op.summary());
        o.putArray("tags").add(layer.id());
        var params = o.putArray("parameters");
        if (withId) {
            params.addObject().put("$ref", "#/components/parameters/featureId");
        }
        if (op.ifMatch()) {
            params.addObject().put("name", "If-Match").put("in", "header").put("required", true)
                    .put("description", "ETag de la versión editada, p. ej. \"3\"").putObject("schema")
                    .put("type", "string");
        }
        if (!op.method().equals("get")) {
            params.addObject().put("name", "motivo").put("in", "query").put("required", false)
                    .put("description", "Motivo del cambio, guardado en el historial").putObject("schema")
                    .put("type", "string");
        }
        if (op.body() != null) {
            o.putObject("requestBody").put("required", true).putObject("content").putObject(op.body())
                    .putObject("schema").put("type", "object");
        }
        o.putArray("security").addObject().putArray("basic");
        ObjectNode r = o.putObject("responses");
        r.putObject(op.ok()).put("description", "Hecho");
        r.putObject("401").put("description", "Sin autenticación");
        r.putObject("403").put("description", "Sin permiso para esta capa y comuna");
        if (op.ifMatch()) {
            r.putObject("412").put("description", "La versión cambió desde que la leyó; nada se guardó");
            r.putObject("428").put("description", "Falta If-Match");
        }
        if (op.body() != null) {
            r.putObject("422").put("description", "Datos no válidos (con la lista de problemas); nada se guardó");
        }
    }
}
