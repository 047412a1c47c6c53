package cl.sit.openapi;

import cl.sit.layer.Layer;
import cl.sit.system.RenamedParameters;
import cl.sit.system.RenamedParameters.Group;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The OpenAPI document being built, as handed to each {@link ApiContribution}: its paths and components, the
 * collections served, and the usual shapes of SIT's operations (a JSON resource, a per-collection editing
 * operation, an administration operation, an HTML page). Writes need HTTP Basic ({@code basic} security scheme).
 */
public final class ApiDocument {

    /** A query, path or header parameter: name, where, JSON type, Spanish description, deprecated or not. */
    public record Param(String name, String in, String type, String description, boolean deprecated) {

        public Param(String name, String in, String type, String description) {
            this(name, in, type, description, false);
        }
    }

    /** One operation of SIT's own API (tag "SIT"); {@code body} is the request media type, or null. */
    public record Op(
            String path, String method, String id, String summary, List<Param> params, String body, boolean secured) {}

    /**
     * One editing operation on a collection (tag: the collection id): whether it needs If-Match, whether it takes
     * the change's reason as the query parameter {@code motivo}, the request media type (or null) and the success
     * status.
     */
    public record LayerOp(
            String method, String id, String summary, boolean ifMatch, boolean motivo, String body, String ok) {}

    /** First year of the investment figures. */
    public static final Param FROM = new Param("desde", "query", "integer", "Primer año (por defecto 2003)");
    /** Last year of the investment figures. */
    public static final Param TO = new Param("hasta", "query", "integer", "Último año (por defecto 2026)");

    public static final Param AMOUNT = new Param("monto", "query", "string", "programado o ejecutado");
    /** Any territorial unit a project list can be restricted to. */
    public static final Param COMMUNES = new Param(
            "territorio",
            "query",
            "string",
            "Cualquier unidad: código CUT de "
                    + "comuna, provincia o región, código de un territorio personalizado o de una unidad anterior "
                    + "(105@..2007-10-02); los proyectos con una parte en ella ('comuna' es su nombre anterior)");

    public static final Param OFFSET =
            new Param("offset", "query", "integer", "Elementos omitidos antes de la página (0, máximo 100000)");
    public static final Param PROJECT = new Param(
            "proyecto",
            "query",
            "integer",
            "Id de un proyecto, en lugar de "
                    + "territorio: solo sus alertas (400 si se da también territorio; 404 si no existe)");
    /** The form of a CSV download (cl.sit.system.CsvDownload). */
    public static final Param CSV_FORM = new Param(
            "formato",
            "query",
            "string",
            "con f=csv: excel (por omisión: "
                    + "punto y coma, coma decimal, UTF-8 con BOM, títulos en español) o csv (comas, punto decimal, sin BOM, "
                    + "nombres estables para programas)");

    /**
     * {@code params} followed by the old name of each parameter renamed in {@code groups}, documented as deprecated
     * with the type of its new name ({@link RenamedParameters}); the new names must be in {@code params}.
     */
    public static List<Param> withOldNames(List<Param> params, Group... groups) {
        List<Param> all = new ArrayList<>(params);
        RenamedParameters.renames(groups).forEach((oldName, newName) -> {
            Param current = params.stream()
                    .filter(p -> p.name().equals(newName))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "'" + newName + "' (new name of '" + oldName + "') is not documented"));
            all.add(new Param(
                    oldName,
                    current.in(),
                    current.type(),
                    "Nombre antiguo de '" + newName + "'; se acepta hasta la versión " + RenamedParameters.REMOVED_IN,
                    true));
        });
        return List.copyOf(all);
    }

    private final ObjectNode paths;
    private final ObjectNode components;
    private final List<Layer> layers;

    public ApiDocument(ObjectNode paths, ObjectNode components, List<Layer> layers) {
        this.paths = paths;
        this.components = components;
        this.layers = layers;
    }

    /** The collections served, in the order of {@code /collections}. */
    public List<Layer> layers() {
        return layers;
    }

    /** {@code components} of the document. */
    public ObjectNode components() {
        return components;
    }

    /** The path item of {@code path}, created on first use. */
    public ObjectNode path(String path) {
        return paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
    }

    /** Adds SIT's own operations (tag "SIT"): JSON parameters, request body, responses 200 and 400, and 401-422. */
    public void add(List<Op> operations) {
        for (Op op : operations) {
            ObjectNode o = path(op.path()).putObject(op.method());
            o.put("operationId", op.id());
            o.put("summary", op.summary());
            o.putArray("tags").add("SIT");
            ArrayNode params = o.putArray("parameters");
            op.params().forEach(p -> parameter(params, p));
            if (op.body() != null) {
                o.putObject("requestBody")
                        .put("required", true)
                        .putObject("content")
                        .putObject(op.body())
                        .putObject("schema")
                        .put("type", op.body().equals("text/csv") ? "string" : "object");
            }
            if (op.secured()) {
                o.putArray("security").addObject().putArray("basic");
            }
            ObjectNode responses = o.putObject("responses");
            responses.putObject("200").put("description", "Resultado");
            responses.putObject("400").put("description", "Parámetro no válido (JSON {code, description})");
            if (op.secured()) {
                responses.putObject("401").put("description", "Sin autenticación");
                responses.putObject("403").put("description", "Sin el rol necesario");
                responses.putObject("422").put("description", "Datos no válidos; nada se guardó");
            }
        }
    }

    /**
     * An administration operation (tag "Administración", admins only): its {username}, {id} and {role} path
     * parameters and any {@code query} parameters.
     */
    public void admin(String path, String method, String id, String summary, Param... query) {
        ObjectNode o = path(path).putObject(method);
        o.put("operationId", id).put("summary", summary);
        o.putArray("tags").add("Administración");
        for (String name : new String[] {"username", "id", "role"}) {
            if (path.contains("{" + name + "}")) {
                o.withArray("parameters")
                        .addObject()
                        .put("name", name)
                        .put("in", "path")
                        .put("required", true)
                        .putObject("schema")
                        .put("type", "string");
            }
        }
        for (Param p : query) {
            parameter(o.withArray("parameters"), p);
        }
        o.putArray("security").addObject().putArray("basic");
        ObjectNode r = o.putObject("responses");
        r.putObject("200").put("description", "Resultado");
        r.putObject("401").put("description", "Sin autenticación");
        r.putObject("403").put("description", "Solo administradores");
    }

    /**
     * An editing operation of an editable collection at {@code path} (tag: the collection id): {featureId} when
     * {@code withId}, If-Match, the change's {@code motivo}, HTTP Basic and the editing responses.
     */
    public void layerOperation(String path, Layer layer, LayerOp op, boolean withId) {
        ObjectNode o = path(path).putObject(op.method());
        o.put("operationId", op.id() + "_" + layer.id());
        o.put("summary", layer.title() + ": " + op.summary());
        o.putArray("tags").add(layer.id());
        var params = o.putArray("parameters");
        if (withId) {
            params.addObject().put("$ref", "#/components/parameters/featureId");
        }
        if (op.ifMatch()) {
            params.addObject()
                    .put("name", "If-Match")
                    .put("in", "header")
                    .put("required", true)
                    .put("description", "ETag de la versión editada, p. ej. \"3\"")
                    .putObject("schema")
                    .put("type", "string");
        }
        if (op.motivo()) {
            params.addObject()
                    .put("name", "motivo")
                    .put("in", "query")
                    .put("required", false)
                    .put("description", "Motivo del cambio, guardado en el historial")
                    .putObject("schema")
                    .put("type", "string");
        }
        if (op.body() != null) {
            o.putObject("requestBody")
                    .put("required", true)
                    .putObject("content")
                    .putObject(op.body())
                    .putObject("schema")
                    .put("type", "object");
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

    /** An HTML page of the web application (tag "Páginas"), with its path and query parameters. */
    public void page(String path, String id, String summary, Param... params) {
        page(path, id, summary, List.of(params));
    }

    /** An HTML page of the web application (tag "Páginas"), with its path and query parameters. */
    public void page(String path, String id, String summary, List<Param> params) {
        ObjectNode o = path(path).putObject("get");
        o.put("operationId", id).put("summary", summary);
        o.putArray("tags").add("Páginas");
        ArrayNode list = o.putArray("parameters");
        for (Param p : params) {
            parameter(list, p);
        }
        ObjectNode r = o.putObject("responses");
        r.putObject("200")
                .put("description", "Página HTML")
                .putObject("content")
                .putObject("text/html")
                .putObject("schema")
                .put("type", "string");
    }

    /** Adds {@code p} to an operation's {@code parameters}. */
    public static void parameter(ArrayNode params, Param p) {
        ObjectNode n = params.addObject();
        n.put("name", p.name()).put("in", p.in()).put("required", !p.in().equals("query"));
        n.put("description", p.description());
        if (p.deprecated()) {
            n.put("deprecated", true);
        }
        n.putObject("schema").put("type", p.type());
    }
}
