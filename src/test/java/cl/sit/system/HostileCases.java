package cl.sit.system;

import static cl.sit.system.HostileRequest.get;
import static cl.sit.system.HostileRequest.json;
import static cl.sit.system.HostileRequest.multipart;
import static cl.sit.system.HostileRequest.write;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The table of hostile requests, one group per item of the hardening issue (so a failing group names its owner).
 * Every GET endpoint of {@code src/main/java} appears in {@link #READS}; every write endpoint in
 * {@link #everyWriteEndpoint()}.
 */
final class HostileCases {

    static final String LAYER = "a21-uso-suelo";
    static final String SQUARE =
            "[[[-73.392,-39.986],[-73.388,-39.986],[-73.388,-39.982],[-73.392,-39.982],[-73.392,-39.986]]]";

    /** Every read endpoint, with valid path variables. */
    static final List<String> READS = List.of(
            "/",
            "/conformance",
            "/api",
            "/collections",
            "/collections/comunas",
            "/collections/comunas/items",
            "/collections/comunas/items/1",
            "/collections/comunas/queryables",
            "/collections/comunas/schema.xsd",
            "/collections/" + LAYER + "/export",
            "/collections/" + LAYER + "/items/1/history",
            "/api/indicators",
            "/api/agenda21/estado",
            "/api/territories",
            "/api/territories/14101",
            "/api/territories/14101/profile",
            "/api/territories/14101/projects",
            "/tiles/comunas/8/80/150.mvt",
            "/tiles/comunas.json",
            "/api/investments/export",
            "/api/overlaps",
            "/api/overlaps/coincidencias",
            "/api/investments/1/territories",
            "/api/investments/reconciliation",
            "/api/investments/1/version",
            "/api/investments/1/history",
            "/api/layers/templates",
            "/api/users/admin",
            "/api/editing/me",
            "/api/screening",
            "/territorios",
            "/territorios/14101",
            "/agenda21",
            "/login",
            "/editor",
            "/inversion/importar");

    /** Query strings no endpoint should choke on: malformed, not UTF-8, NUL, out of range, injection-shaped. */
    static final List<String> QUERIES = List.of(
            "?%zz=1",
            "?=x",
            "?x=%C3%28",
            "?x=\u00c3(",
            "?f=%00",
            "?%00=1",
            "?limit=99999999999999999999",
            "?offset=-1",
            "?bbox=1,2,3",
            "?f=json%27%20OR%201=1--",
            "?region='%3B%20DROP%20TABLE%20layer%3B--",
            "?filter=" + "(".repeat(3000),
            "?x=" + "a".repeat(6000),
            "?f=html&limit=abc",
            "?f=%E2%80%AE",
            "?x=%ED%A0%80");

    private HostileCases() {}

    /** Every GET endpoint with every hostile query string: anonymous, or as admin where a sign-in is needed. */
    static Stream<HostileRequest> everyReadEndpoint() {
        List<HostileRequest> out = new ArrayList<>();
        for (String path : READS) {
            for (String query : QUERIES) {
                HostileRequest r = get("GET " + path + query, path + query);
                out.add(
                        path.contains("users") || path.contains("history") || path.contains("editing")
                                ? new HostileRequest(
                                        r.name() + " (admin)",
                                        "GET",
                                        r.target(),
                                        List.of(),
                                        new byte[0],
                                        HostileRequest.ADMIN,
                                        false)
                                : r);
            }
        }
        return out.stream();
    }

    /** Path variables that are not what the route expects. */
    static Stream<HostileRequest> hostilePathVariables() {
        return Stream.of(
                        "/collections/'%20OR%201=1--/items",
                        "/collections/%00/items",
                        "/collections/comunas/items/1e99",
                        "/collections/comunas/items/-1",
                        "/collections/comunas/items/%00",
                        "/collections/comunas/items/99999999999999999999999",
                        "/api/territories/%00/profile",
                        "/api/territories/" + "9".repeat(3000),
                        "/tiles/comunas/99/1/1.mvt",
                        "/tiles/comunas/8/-1/1.mvt",
                        "/tiles/comunas/a/b/c.mvt",
                        "/tiles/%00.json",
                        "/api/investments/abc/version",
                        "/api/investments/99999999999/territories",
                        "/territorios/%C3%28",
                        "/api/users/%00")
                .map(p -> get("GET " + p, p));
    }

    /** Writes to every write endpoint with bodies that are not what it expects. */
    static Stream<HostileRequest> everyWriteEndpoint() {
        List<HostileRequest> out = new ArrayList<>();
        String[][] targets = {
            {"POST", "/collections/" + LAYER + "/items"},
            {"PUT", "/collections/" + LAYER + "/items/1"},
            {"PATCH", "/collections/" + LAYER + "/items/1"},
            {"POST", "/collections/" + LAYER + "/batch"},
            {"POST", "/collections/" + LAYER + "/items/1/revert"},
            {"POST", "/collections/" + LAYER + "/repair"},
            {"POST", "/collections/" + LAYER + "/import"},
            {"POST", "/api/users"},
            {"POST", "/api/users/admin/grants"},
            {"POST", "/api/agenda21/estado"},
            {"POST", "/api/territories"},
            {"POST", "/api/investments/import"},
            {"PUT", "/api/investments/1"},
            {"POST", "/api/layers"}
        };
        String[] bodies = {
            "",
            "[]",
            "{",
            "{\"type\":\"Feature\"}",
            "{\"a\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
            "{\"x\":\"\u0000\"}",
            "\u00ff\u00fe\u0000{",
            "{\"id\":\"'; DROP TABLE layer;--\"}"
        };
        for (String[] t : targets) {
            for (String body : bodies) {
                out.add(write(
                                t[0] + " " + t[1] + " " + abbreviate(body),
                                t[0],
                                t[1],
                                "application/json",
                                body.getBytes(StandardCharsets.ISO_8859_1))
                        .header("If-Match: \"1\""));
            }
        }
        out.add(write(
                "DELETE grants with garbage",
                "DELETE",
                "/api/users/admin/grants?cut=%00&layer=%zz",
                "application/json",
                "{"));
        out.add(write(
                        "DELETE feature with a bad If-Match",
                        "DELETE",
                        "/collections/" + LAYER + "/items/1",
                        "application/json",
                        "")
                .header("If-Match: \u00ff\u00fe"));
        return out.stream();
    }

    // ---------------------------------------------------------------- item 11 (this branch)

    /** Item 11: malformed query strings, batches, multipart forms, nesting, lengths and NUL characters. */
    static Stream<HostileRequest> item11() {
        String items = "/collections/" + LAYER + "/items";
        String layerImport = "/collections/" + LAYER + "/import";
        String investments = "/api/investments/import";
        String file = "Content-Disposition: form-data; name=\"archivo\"; filename=";
        String feature = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\",\"anio\":2024},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}";
        String collection = "{\"type\":\"FeatureCollection\",\"features\":[" + feature + "]}";
        return Stream.of(
                get("malformed escape ?%zz=1", "/collections/comunas/items?%zz=1")
                        .refused(),
                get("escaped bytes that are not UTF-8", "/collections/comunas/items?bbox=%C3%28")
                        .refused(),
                get("raw bytes that are not UTF-8", "/collections/comunas/items?bbox=\u00c3\u0028")
                        .refused(),
                get("parameter without a name ?=x", "/collections/comunas/items?=x")
                        .refused(),
                json(
                        "batch of one null operation",
                        "POST",
                        "/collections/" + LAYER + "/batch",
                        "{\"operaciones\":[null]}"),
                multipart("layer import without the file part", layerImport, null, new byte[0]),
                multipart("investment import without the file part", investments, null, new byte[0]),
                multipart(
                        "layer import without a file name",
                        layerImport,
                        "Content-Disposition: form-data; name=\"archivo\"",
                        collection.getBytes(StandardCharsets.UTF_8)),
                multipart(
                        "investment import without a file name",
                        investments,
                        "Content-Disposition: form-data; name=\"archivo\"",
                        "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                multipart(
                        "layer import with NUL in the file name",
                        layerImport,
                        file + "\"a\u0000.geojson\"",
                        collection.getBytes(StandardCharsets.UTF_8)),
                multipart(
                        "investment import with NUL in the file name",
                        investments,
                        file + "\"a\u0000.csv\"",
                        "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8)),
                multipart("a zip named .geojson", layerImport, file + "\"capa.geojson\"", shapefileZip(null)),
                multipart("a zip named .geojson (investment)", investments, file + "\"p.geojson\"", shapefileZip(null)),
                multipart(
                        "deeply nested .prj",
                        layerImport,
                        file + "\"capa.zip\"",
                        shapefileZip("PROJCS[\"x\"," + "GEOGCS[\"x\",".repeat(20_000) + "]".repeat(20_001))),
                write(
                        "deeply nested WKT in a CSV import",
                        "POST",
                        investments,
                        "text/csv",
                        csv(
                                "x",
                                "\"" + "GEOMETRYCOLLECTION(".repeat(20_000) + "POINT(-73 -39)" + ")".repeat(20_000)
                                        + "\"")),
                write("CSV name over the column length", "POST", investments, "text/csv", csv("x".repeat(5000), "")),
                write(
                        "CSV programme over the column length",
                        "POST",
                        investments,
                        "text/csv",
                        csv("x", "").replace(",FNDR,Salud", "," + "P".repeat(500) + ",Salud")),
                write("NUL in a CSV name", "POST", investments, "text/csv", csv("a\u0000b", "")),
                json(
                        "NUL in an attribute",
                        "POST",
                        items,
                        feature.replace("\"anio\":2024", "\"anio\":2024,\"obs\":\"a\\u0000b\"")),
                json(
                        "NUL in an attribute name",
                        "POST",
                        items,
                        feature.replace("\"anio\":2024", "\"anio\":2024,\"obs\\u0000\":\"x\"")),
                json(
                        "NUL in a layer import",
                        "POST",
                        layerImport,
                        collection.replace("\"anio\":2024", "\"anio\":2024,\"obs\":\"\\u0000\"")),
                json("NUL in an edit reason", "POST", items + "?motivo=a%00b", feature),
                json(
                        "NUL in a batch reason",
                        "POST",
                        "/collections/" + LAYER + "/batch",
                        "{\"motivo\":\"a\\u0000b\",\"operaciones\":[{\"operacion\":\"create\",\"elemento\":" + feature
                                + "}]}"),
                write(
                        "NUL in an import reason",
                        "POST",
                        layerImport + "?motivo=%00",
                        "application/geo+json",
                        collection),
                json(
                        "NUL in a territory name",
                        "POST",
                        "/api/territories",
                        "{\"nombre\":\"Red\\u0000 rural\",\"comunas\":[\"14101\",\"14102\"]}"),
                json(
                        "NUL in a territory description",
                        "POST",
                        "/api/territories",
                        "{\"nombre\":\"Red hostil\",\"descripcion\":\"\\u0000\",\"comunas\":[\"14101\"]}"),
                json(
                        "NUL in a review note",
                        "POST",
                        "/api/agenda21/estado",
                        "{\"layer\":\"" + LAYER + "\",\"cut\":\"14102\",\"status\":\"revision\",\"nota\":\"\\u0000\"}"),
                json(
                        "NUL in a layer title",
                        "POST",
                        "/api/layers",
                        "{\"id\":\"hostil-capa\",\"titulo\":\"Capa\\u0000\",\"plantilla\":\"a21-uso-suelo\"}"));
    }

    // ---------------------------------------------------------------- item 15 (this branch)

    /** Item 15: errors Tomcat or Spring answer before SIT's handlers; library text in descriptions. */
    static Stream<HostileRequest> item15() {
        String html = "Accept: text/html";
        return Stream.of(
                get("URL over Tomcat's limit", "/collections?x=" + "a".repeat(70_000))
                        .refused(),
                get("headers over Tomcat's limit", "/collections")
                        .header("X-Big: " + "b".repeat(70_000))
                        .refused(),
                get("malformed request line", "/collections HTTP/1.1 extra").refused(),
                get("control character in the request line", "/coll\u0001ections")
                        .refused(),
                get("GET /error", "/error").refused(),
                get("GET /error as a browser", "/error").header(html).refused(),
                get("unknown collection as HTML", "/collections/no-existe?f=html")
                        .refused(),
                get("unknown collection, browser Accept", "/collections/no-existe")
                        .header(html)
                        .refused(),
                get("bad limit as HTML", "/collections/comunas/items?f=html&limit=abc")
                        .refused(),
                get("path parameter ;jsessionid", "/collections;jsessionid=ABC").refused(),
                get("encoded slash", "/collections/comunas%2Fitems").refused(),
                get("double-dot path", "/collections/../../etc/passwd").refused(),
                new HostileRequest("PROPFIND", "PROPFIND", "/collections", List.of(), new byte[0], null, true),
                new HostileRequest("TRACE", "TRACE", "/collections", List.of(), new byte[0], null, true),
                multipart(
                        "multipart over the 50 MB limit",
                        "/api/investments/import",
                        "Content-Disposition: form-data; name=\"archivo\"; filename=\"grande.csv\"",
                        new byte[51 * 1024 * 1024]),
                write(
                        "CSV with an unterminated quote",
                        "POST",
                        "/api/investments/import",
                        "text/csv",
                        csv("\"abierta", "")),
                write(
                        "form-encoded write",
                        "POST",
                        "/api/territories",
                        "application/x-www-form-urlencoded",
                        "nombre=x"),
                get("Accept nobody serves", "/collections")
                        .header("Accept: image/x-nada")
                        .refused());
    }

    // ---------------------------------------------------------------- other helpers' items

    /** Query helper's items: bounding boxes, CQL2 nesting and malformed cql2-json, degenerate polygons, asOf. */
    static Stream<HostileRequest> queryHelperItems() {
        String items = "/collections/comunas/items";
        return Stream.of(
                get("bbox 180,-90,-180,90", items + "?bbox=180,-90,-180,90"),
                get(
                        "CQL2 text nested 1000 deep",
                        items + "?filter=" + "(".repeat(1000) + "cut='14101'" + ")".repeat(1000)),
                get("NOT nested 1000 deep", items + "?filter=" + "NOT%20".repeat(1000) + "cut='14101'"),
                get("cql2-json {\"op\":[\"=\"]}", items + "?filter-lang=cql2-json&filter=%7B%22op%22:%5B%22=%22%5D%7D")
                        .refused(),
                get(
                                "cql2-json nested 1000 deep",
                                items + "?filter-lang=cql2-json&filter=" + "%5B".repeat(1000) + "%5D".repeat(1000))
                        .refused(),
                get(
                        "degenerate polygon POLYGON((0 0,1 1,0 0))",
                        items + "?filter=S_INTERSECTS(geometry,POLYGON((0%200,1%201,0%200)))"),
                get("asOf=+999999999", "/collections/" + LAYER + "/items?asOf=%2B999999999-01-01T00:00:00Z")
                        .refused());
    }

    /** Security helper's items: role lists with null or repeated entries, grants. */
    static Stream<HostileRequest> securityHelperItems() {
        return Stream.of(
                json(
                        "roles [null]",
                        "POST",
                        "/api/users",
                        "{\"username\":\"hostil-null\",\"password\":\"0123456789ab\",\"roles\":[null]}"),
                json(
                                "roles repeated",
                                "POST",
                                "/api/users",
                                "{\"username\":\"hostil-dup\",\"password\":\"0123456789ab\",\"roles\":[\"editor\",\"editor\"]}")
                        .lenient(),
                json("grant with null layer", "POST", "/api/users/admin/grants", "{\"cut\":null,\"layer\":null}"),
                json("grant with NUL", "POST", "/api/users/admin/grants", "{\"cut\":\"\\u0000\",\"layer\":\"*\"}"));
    }

    /** Write helper's items: body size, vertex caps, numbers, dates and lone surrogates. */
    static Stream<HostileRequest> writeHelperItems() {
        String items = "/collections/" + LAYER + "/items";
        StringBuilder ring = new StringBuilder("[[");
        for (int i = 0; i < 300_000; i++) {
            double a = 2 * Math.PI * i / 300_000;
            ring.append('[')
                    .append(-73.390 + 0.001 * Math.cos(a))
                    .append(',')
                    .append(-39.984 + 0.001 * Math.sin(a))
                    .append("],");
        }
        ring.append("[-73.389,-39.984]]]");
        return Stream.of(
                json(
                        "JSON body of 30 MB",
                        "POST",
                        items,
                        "{\"type\":\"Feature\",\"properties\":{\"uso\":\"" + "x".repeat(30 * 1024 * 1024)
                                + "\"},\"geometry\":null}"),
                json(
                        "polygon of 300000 vertices",
                        "POST",
                        items,
                        "{\"type\":\"Feature\",\"properties\":{\"uso\":"
                                + "\"Bosques\",\"anio\":2024},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                                + ring
                                + "}}"),
                json(
                        "year 1e400",
                        "POST",
                        items,
                        "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\","
                                + "\"anio\":1e400},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE
                                + "}}"),
                json(
                        "coordinate NaN-ish 1e999",
                        "POST",
                        items,
                        "{\"type\":\"Feature\",\"properties\":{\"uso\":"
                                + "\"Bosques\",\"anio\":2024},\"geometry\":{\"type\":\"Point\",\"coordinates\":[1e999,0]}}"),
                json(
                        "lone surrogate",
                        "POST",
                        items,
                        "{\"type\":\"Feature\",\"properties\":{\"uso\":\"\\ud800\","
                                + "\"anio\":2024},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":" + SQUARE + "}}"),
                json(
                        "date 2024-13-45",
                        "POST",
                        "/collections/a21-residuos/items",
                        "{\"type\":\"Feature\","
                                + "\"properties\":{\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\",\"fecha\":\"2024-13-45\"},"
                                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-73.390,-39.984]}}"),
                write(
                        "CSV cost 1e400",
                        "POST",
                        "/api/investments/import",
                        "text/csv",
                        csv("x", "").replace(",250000,", ",1e400,")));
    }

    // ---------------------------------------------------------------- helpers

    /** One investment CSV row named {@code name} with {@code wkt} (or a point when empty). */
    static String csv(String name, String wkt) {
        return "EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,"
                + "ANIO_FIN,LON,LAT,WKT\n49999991-1," + name + ",FNDR,Salud,diseño,FNDR,250000,14101,2024,2026,"
                + (wkt.isEmpty() ? "-73.39,-39.87," : ",," + wkt) + "\n";
    }

    /** The zipped 4326 Shapefile fixture, with its .prj replaced when {@code prj} is given. */
    static byte[] shapefileZip(String prj) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String ext : List.of("shp", "shx", "dbf", "prj", "cpg")) {
                zip.putNextEntry(new ZipEntry("limites_urbanos." + ext));
                if (ext.equals("prj") && prj != null) {
                    zip.write(prj.getBytes(StandardCharsets.UTF_8));
                } else {
                    try (InputStream in =
                            HostileCases.class.getResourceAsStream("/files/utf8-4326/limites_urbanos." + ext)) {
                        zip.write(in.readAllBytes());
                    }
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String abbreviate(String body) {
        String printable = body.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 30 ? printable.substring(0, 30) + "…" : printable;
    }
}
