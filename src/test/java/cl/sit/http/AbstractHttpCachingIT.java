package cl.sit.http;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * HTTP caching over real HTTP, on both stores: weak ETags on collections, items and read-only features (their
 * responses are compressed when the client accepts it), strong ones on editable features and tiles, 304 on
 * {@code If-None-Match} without a body, edits, imports and publication changing them, per-user responses kept
 * apart, and the documented {@code Cache-Control}. Writes only to the land-use layer and to investment projects
 * coded {@code CACHE-IT-*}, and removes them (the PostGIS test database is shared).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractHttpCachingIT {

    static final String LAND_USE = "a21-uso-suelo";
    static final String ITEMS = "/collections/" + LAND_USE + "/items";
    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String EDITOR = "cache-corral:clave-cache-corral";
    static final String FEATURE = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\"},\"geometry\":"
            + "{\"type\":\"Polygon\",\"coordinates\":[[[-73.392,-39.986],[-73.388,-39.986],[-73.388,-39.982],"
            + "[-73.392,-39.982],[-73.392,-39.986]]]}}";
    static final String PUBLIC = "no-cache, public";
    static final String PRIVATE = "no-cache, private";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cl.sit.layer.LayerGenerations generations;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
        if (!users.exists("cache-corral")) {
            users.create("cache-corral", "clave-cache-corral", List.of(Role.EDITOR));
            grants.grant("cache-corral", "14102", "*", "admin");
        }
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", LAND_USE);
        jdbc.update("DELETE FROM layer_status WHERE layer_id = ?", LAND_USE);
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip LIKE 'CACHE-IT-%'");
        // Those deletes bypass SIT's writers: move the generations as the writers would.
        jdbc.update(
                "UPDATE layer_generation SET generation = generation + 1 WHERE layer_id IN (?, ?)",
                LAND_USE,
                "proyectos-inversion");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/collections",
                "/collections/comunas",
                "/collections/comunas/items?limit=3",
                "/collections/comunas/items/14102",
                "/collections/" + LAND_USE,
                ITEMS,
                "/collections/comunas/queryables"
            })
    void everyResourceHasAWeakEtagAndAnswers304WithoutBody(String path) {
        HttpResponse<String> first = get(path, null, "application/json");
        assertThat(first.statusCode()).isEqualTo(200);
        String etag = etag(first);
        assertThat(etag).matches("W/\"[0-9a-f]{32}\"");
        assertThat(cacheControl(first)).isEqualTo(PUBLIC);
        assertThat(first.headers().allValues("Set-Cookie"))
                .as("a public response sets no cookie")
                .isEmpty();
        assertThat(etag(get(path, null, "application/json"))).as("stable").isEqualTo(etag);

        HttpResponse<String> again = get(path, null, "application/json", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(etag(again)).isEqualTo(etag);
        assertThat(cacheControl(again)).isEqualTo(PUBLIC);
        assertThat(get(path, null, "application/json", "If-None-Match", "\"something-else\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(path, null, "application/json", "If-None-Match", etag.substring(2))
                        .statusCode())
                .as("If-None-Match compares weakly")
                .isEqualTo(304);
    }

    /**
     * Collections, items and pages go gzip-compressed to a client that accepts it, with the same weak ETag, and
     * revalidate against it (Tomcat compresses no response with a strong ETag: the national communes went out as
     * 2.7 MB of GeoJSON instead of about 0.7 MB).
     */
    @Test
    void negotiatedResponsesAreCompressedAndKeepTheirEtag() throws Exception {
        for (String path : List.of(
                "/collections/comunas/items?limit=20",
                "/collections",
                "/js/mapa.js",
                "/webjars/leaflet/dist/leaflet.js",
                "/webjars/leaflet/dist/leaflet.css")) {
            java.net.http.HttpResponse<byte[]> plain = gzip(path, "identity");
            java.net.http.HttpResponse<byte[]> zipped = gzip(path, "gzip");
            assertThat(plain.statusCode()).as(path).isEqualTo(200);
            assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
            assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
            assertThat(varies(zipped)).as(path).contains("accept-encoding");
            byte[] unzipped =
                    new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.body())).readAllBytes();
            assertThat(unzipped).as(path).isEqualTo(plain.body());
            assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 2);
            assertThat(zipped.headers().firstValue("ETag"))
                    .as(path)
                    .isEqualTo(plain.headers().firstValue("ETag"));
        }
        String items = "/collections/comunas/items?limit=20";
        String etag = gzip(items, "gzip").headers().firstValue("ETag").orElseThrow();
        assertThat(get(items, null, "application/geo+json, */*;q=0.5", "Accept-Encoding", "gzip", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
    }

    /**
     * A kept page of a read-only layer goes out as the gzip bytes kept (with their length) to a client that accepts
     * gzip, and as the same GeoJSON uncompressed to one that does not: Tomcat compressed the kept national communes
     * again for every visitor (streamed, chunked, 100 ms of CPU each).
     */
    @Test
    void aKeptPageGoesOutCompressedOnceAndPlainToClientsWithoutGzip() throws Exception {
        String path = "/collections/comunas/items?limit=12&bbox=-73.7,-40.5,-71.5,-39.2";
        byte[] plain = gzip(path, "identity").body();
        java.net.http.HttpResponse<byte[]> kept = null;
        for (int i = 0; i < 100 && kept == null; i++) { // compressed off the request thread: at most a few 100 ms
            java.net.http.HttpResponse<byte[]> r = gzip(path, "gzip, deflate");
            if (r.headers().firstValue("Content-Length").isPresent()) {
                kept = r;
            } else {
                Thread.sleep(50);
            }
        }
        assertThat(kept)
                .as("a kept page goes out with its length, not streamed")
                .isNotNull();
        assertThat(kept.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(kept.headers().firstValue("Content-Length")).contains(String.valueOf(kept.body().length));
        assertThat(kept.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(varies(kept)).contains("accept-encoding");
        assertThat(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(kept.body())).readAllBytes())
                .isEqualTo(plain);

        java.net.http.HttpResponse<byte[]> again = gzip(path, "identity");
        assertThat(again.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(again.body()).isEqualTo(plain);
        assertThat(gzip(path, "gzip;q=0, identity").headers().firstValue("Content-Encoding"))
                .isEmpty();
    }

    private java.net.http.HttpResponse<byte[]> gzip(String path, String encoding) throws Exception {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Accept", "application/geo+json, */*;q=0.5")
                .header("Accept-Encoding", encoding)
                .GET()
                .build();
        return java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theQueryAndTheFormatAreInTheEtag() {
        String base = "/collections/comunas/items";
        String limit3 = etag(get(base + "?limit=3", null, "application/json"));
        assertThat(etag(get(base + "?limit=4", null, "application/json"))).isNotEqualTo(limit3);
        assertThat(etag(get(base + "?limit=3&offset=1", null, "application/json")))
                .isNotEqualTo(limit3)
                .isEqualTo(etag(get(base + "?offset=1&limit=3", null, "application/json")));
        assertThat(etag(get(base + "?limit=3&f=html", null, "application/json")))
                .isNotEqualTo(etag(get(base + "?limit=3&f=json", null, "application/json")));
        assertThat(etag(get(base + "?limit=3", null, "text/html"))).isNotEqualTo(limit3);
        assertThat(get(base + "?limit=4", null, "application/json", "If-None-Match", limit3)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> html = get("/collections?f=html", null, "text/html");
        assertThat(get("/collections?f=json", null, "application/json", "If-None-Match", etag(html))
                        .statusCode())
                .isEqualTo(200);
        assertThat(varies(get(base, null, "application/json"))).contains("accept");
    }

    @Test
    void anEditChangesTheItemsAndFeatureEtags() {
        long id = create();
        HttpResponse<String> items = get(ITEMS, ADMIN, "application/json");
        String before = etag(items);
        String feature = ITEMS + "/" + id;
        assertThat(etag(get(feature, ADMIN, "application/json"))).isEqualTo("\"1\"");
        assertThat(get(ITEMS, ADMIN, "application/json", "If-None-Match", before)
                        .statusCode())
                .isEqualTo(304);

        HttpResponse<String> patch = http.send(
                "PATCH",
                feature,
                "{\"properties\":{\"uso\":\"Humedales\"}}",
                "application/merge-patch+json",
                ADMIN,
                "If-Match",
                "\"1\"");
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);

        HttpResponse<String> after = get(ITEMS, ADMIN, "application/json", "If-None-Match", before);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.body()).contains("Humedales");
        assertThat(etag(after)).isNotEqualTo(before);
        assertThat(get(feature, ADMIN, "application/json", "If-None-Match", "\"1\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(etag(get(feature, ADMIN, "application/json"))).isEqualTo("\"2\"");
        assertThat(etag(get(feature + "?f=html", ADMIN, "text/html")))
                .isNotEqualTo("\"2\"")
                .startsWith("\"2-");
        assertThat(get(feature, ADMIN, "application/json", "If-None-Match", "\"2\"")
                        .statusCode())
                .isEqualTo(304);
    }

    /** Part 2: a feature in another CRS is other bytes, so its ETag is not the bare version If-Match uses. */
    @Test
    void aFeatureInAnotherCrsHasItsOwnEtag() {
        String feature = ITEMS + "/" + create();
        String utm = feature + "?crs=http://www.opengis.net/def/crs/EPSG/0/32718";
        String etag = etag(get(utm, ADMIN, "application/json"));
        assertThat(etag).isNotEqualTo("\"1\"").startsWith("\"1-");
        assertThat(etag(get(feature + "?crs=http://www.opengis.net/def/crs/EPSG/0/4326", ADMIN, "application/json")))
                .isNotEqualTo(etag)
                .startsWith("\"1-");
        assertThat(etag(get(feature + "?crs=http://www.opengis.net/def/crs/OGC/1.3/CRS84", ADMIN, "application/json")))
                .isEqualTo("\"1\"");
        assertThat(get(utm, ADMIN, "application/json", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(get(utm, ADMIN, "application/json", "If-None-Match", "\"1\"").statusCode())
                .isEqualTo(200);
        assertThat(etag(get(ITEMS + "?crs=http://www.opengis.net/def/crs/EPSG/0/32718", ADMIN, "application/json")))
                .isNotEqualTo(etag(get(ITEMS, ADMIN, "application/json")));
    }

    @Test
    void publishingChangesWhatAnonymousUsersGetAndTheirEtag() {
        create();
        HttpResponse<String> draft = get(ITEMS, null, "application/json");
        assertThat(Http.parse(draft.body()).get("numberMatched").asInt()).isZero();
        String before = etag(draft);
        String collectionBefore = etag(get("/collections/" + LAND_USE, null, "application/json"));

        HttpResponse<String> publish = http.send(
                "POST",
                "/api/agenda21/estado",
                "{\"layer\":\"" + LAND_USE + "\",\"cut\":\"14102\",\"status\":\"publicado\"}",
                "application/json",
                ADMIN);
        assertThat(publish.statusCode()).as(publish.body()).isLessThan(300);

        HttpResponse<String> published = get(ITEMS, null, "application/json", "If-None-Match", before);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(Http.parse(published.body()).get("numberMatched").asInt()).isEqualTo(1);
        assertThat(etag(published)).isNotEqualTo(before);
        assertThat(get("/collections/" + LAND_USE, null, "application/json", "If-None-Match", collectionBefore)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void anonymousAndEditorViewsOfAnEditableLayerNeverShareAnEtag() {
        create();
        http.send(
                "POST",
                "/api/agenda21/estado",
                "{\"layer\":\"" + LAND_USE + "\",\"cut\":\"14102\",\"status\":\"publicado\"}",
                "application/json",
                ADMIN);
        HttpResponse<String> anonymous = get(ITEMS, null, "application/json");
        HttpResponse<String> editor = get(ITEMS, EDITOR, "application/json");
        HttpResponse<String> admin = get(ITEMS, ADMIN, "application/json");
        // Here all three see the same feature: the ETags still differ, and so do the policies.
        assertThat(anonymous.body()).isEqualTo(editor.body());
        assertThat(List.of(etag(anonymous), etag(editor), etag(admin))).doesNotHaveDuplicates();
        assertThat(get(ITEMS, null, "application/json", "If-None-Match", etag(editor))
                        .statusCode())
                .isEqualTo(200);
        assertThat(get(ITEMS, EDITOR, "application/json", "If-None-Match", etag(anonymous))
                        .statusCode())
                .isEqualTo(200);
        assertThat(cacheControl(anonymous)).isEqualTo(PUBLIC);
        assertThat(cacheControl(editor)).isEqualTo(PRIVATE);
        for (HttpResponse<String> r : List.of(anonymous, editor, admin)) {
            assertThat(varies(r)).contains("accept", "authorization", "cookie");
        }
        HttpResponse<String> signedInReadOnly = get("/collections/comunas/items?limit=1", EDITOR, "application/json");
        assertThat(cacheControl(signedInReadOnly)).isEqualTo(PRIVATE);
        assertThat(varies(get("/collections/comunas/items?limit=1", null, "application/json")))
                .doesNotContain("authorization", "cookie");
    }

    /** Read-only features are kept encoded ({@code cl.sit.ogcapi.ItemBodyCache}): the same bytes, never older than the data. */
    @Test
    void aReadOnlyFeatureKeptEncodedChangesWithItsLayer() {
        String path = "/collections/comunas/items/14102";
        HttpResponse<String> first = get(path, null, "application/geo+json");
        HttpResponse<String> second = get(path, null, "application/geo+json");
        assertThat(second.body()).isEqualTo(first.body()).contains("\"Corral\"");
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(second.headers().firstValue("Content-Crs"))
                .isEqualTo(first.headers().firstValue("Content-Crs"));
        assertThat(etag(second)).isEqualTo(etag(first));
        assertThat(get(path, null, "text/html").body()).startsWith("<!DOCTYPE html>");
        assertThat(get(path + "?f=html", null, "application/geo+json").body()).startsWith("<!DOCTYPE html>");

        whileCorralIsRenamed(() -> {
            HttpResponse<String> changed = get(path, null, "application/geo+json");
            assertThat(changed.body()).contains("Corral (cambiado)");
            assertThat(etag(changed)).isNotEqualTo(etag(first));
        });
    }

    /** Runs {@code check} while Corral is renamed as SIT's writers change data: the row and the layer's generation. */
    private void whileCorralIsRenamed(Runnable check) {
        String name = jdbc.queryForObject("SELECT nombre FROM territory WHERE cut = '14102'", String.class);
        try {
            jdbc.update("UPDATE territory SET nombre = 'Corral (cambiado)' WHERE cut = '14102'");
            generations.bump("comunas");
            check.run();
        } finally {
            jdbc.update("UPDATE territory SET nombre = ? WHERE cut = '14102'", name);
            generations.bump("comunas");
        }
    }

    /**
     * Items pages of read-only layers are kept encoded too (the communes are the map's largest download): the same
     * bytes and headers from the kept copy, HTML never answered with them, and a change of the data seen at once.
     */
    @Test
    void aReadOnlyItemsPageKeptEncodedChangesWithItsLayer() {
        String path = "/collections/comunas/items?limit=20&bbox=-73.6,-40.2,-72.9,-39.6";
        HttpResponse<String> first = get(path, null, "application/geo+json");
        HttpResponse<String> second = get(path, null, "application/geo+json");
        assertThat(second.body()).isEqualTo(first.body()).contains("\"Corral\"").contains("numberMatched");
        assertThat(second.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(second.headers().firstValue("Content-Crs"))
                .isEqualTo(first.headers().firstValue("Content-Crs"));
        assertThat(etag(second)).isEqualTo(etag(first));
        assertThat(get(path + "&f=html", null, "application/geo+json").body()).startsWith("<!DOCTYPE html>");
        assertThat(get(path, null, "text/html").body()).startsWith("<!DOCTYPE html>");

        whileCorralIsRenamed(() -> {
            HttpResponse<String> changed = get(path, null, "application/geo+json");
            assertThat(changed.body()).contains("Corral (cambiado)");
            assertThat(etag(changed)).isNotEqualTo(etag(first));
        });
        assertThat(get(path, null, "application/geo+json").body()).isEqualTo(first.body());
    }

    @Test
    void anInvestmentImportChangesTheProjectsAndCollectionsEtags() {
        String items = "/collections/proyectos-inversion/items?limit=1";
        String before = etag(get(items, null, "application/json"));
        String collections = etag(get("/collections", null, "application/json"));
        String communes = etag(get("/collections/comunas", null, "application/json"));
        String csv = "EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,"
                + "ANIO_FIN,LON,LAT\nCACHE-IT-" + System.nanoTime() % 100_000_000
                + ",Sede social Corral,FRIL,Deportes,perfil,FRIL,35000,14102,2025,2026,-73.43,-39.88\n";
        HttpResponse<String> imported = http.send("POST", "/api/investments/import", csv, "text/csv", ADMIN);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);

        assertThat(get(items, null, "application/json", "If-None-Match", before).statusCode())
                .isEqualTo(200);
        assertThat(get("/collections", null, "application/json", "If-None-Match", collections)
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("/collections/comunas", null, "application/json", "If-None-Match", communes)
                        .statusCode())
                .as("other layers keep their ETags")
                .isEqualTo(304);
    }

    @Test
    void tilesAndTileJsonHaveEtagsThatEditsChange() {
        // The z12 tile holding the polygon of FEATURE (Corral).
        String tile = "/tiles/" + LAND_USE + "/12/1212/2545.mvt";
        long id = create();
        HttpResponse<String> full = get(tile, ADMIN, "application/vnd.mapbox-vector-tile");
        assertThat(full.statusCode()).isEqualTo(200);
        String etag = etag(full);
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        assertThat(cacheControl(full)).isEqualTo(PRIVATE);
        assertThat(varies(full)).contains("authorization", "cookie");
        HttpResponse<String> again = get(tile, ADMIN, "*/*", "If-None-Match", etag);
        assertThat(again.statusCode())
                .as("one encoding: Accept is not in the key")
                .isEqualTo(304);
        assertThat(again.body()).isEmpty();
        HttpResponse<String> anonymous = get(tile, null, "*/*");
        assertThat(anonymous.statusCode())
                .as("a draft is not drawn for the public")
                .isEqualTo(204);
        assertThat(etag(anonymous)).isNotEqualTo(etag);
        assertThat(cacheControl(anonymous)).isEqualTo(PUBLIC);
        assertThat(get(tile, null, "*/*", "If-None-Match", etag(anonymous)).statusCode())
                .isEqualTo(304);

        HttpResponse<String> patch = http.send(
                "PATCH",
                ITEMS + "/" + id,
                "{\"properties\":{\"uso\":\"Humedales\"}}",
                "application/merge-patch+json",
                ADMIN,
                "If-Match",
                "\"1\"");
        assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
        assertThat(get(tile, ADMIN, "*/*", "If-None-Match", etag).statusCode()).isEqualTo(200);

        String communes = "/tiles/comunas/8/75/158.mvt";
        HttpResponse<String> read = get(communes, null, "*/*");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(varies(read)).doesNotContain("authorization");
        assertThat(read.headers().allValues("Set-Cookie"))
                .as("no CSRF cookie for anonymous reads")
                .isEmpty();
        assertThat(get(communes, null, "*/*", "If-None-Match", etag(read)).statusCode())
                .isEqualTo(304);
        assertThat(etag(get("/tiles/comunas/8/75/159.mvt", null, "*/*")))
                .as("each tile its own")
                .isNotEqualTo(etag(read));
        assertThat(get(communes, null, "*/*", "If-None-Match", etag).statusCode())
                .isEqualTo(200);

        String tileJson = "/tiles/comunas.json";
        String tj = etag(get(tileJson, null, "application/json"));
        assertThat(get(tileJson, null, "application/json", "If-None-Match", tj).statusCode())
                .isEqualTo(304);
    }

    @Test
    void errorsAreNeverStored() {
        for (String path : List.of(
                "/collections/no-existe",
                "/collections/comunas/items?limit=abc",
                "/collections/comunas/items/99999",
                ITEMS + "/123456")) {
            HttpResponse<String> r = get(path, null, "application/json", "If-None-Match", "*");
            assertThat(r.statusCode()).as(path).isBetween(400, 499);
            assertThat(r.headers().firstValue("ETag")).as(path).isEmpty();
            assertThat(cacheControl(r)).as(path).contains("no-store");
        }
    }

    /**
     * Rejected input with its list of problems (422 with {@code errores}: a feature, an investment import) is an
     * error like any other: never stored, like a 400 for a bad parameter and a 404.
     */
    @Test
    void rejectedInputListsAreNeverStoredLikeEveryOtherError() {
        HttpResponse<String> badParameter = get(ITEMS + "?limit=abc", null, "application/json");
        HttpResponse<String> notFound = get(ITEMS + "/123456", ADMIN, "application/json");
        HttpResponse<String> feature =
                http.send("POST", ITEMS, FEATURE.replace("\"Bosques\"", "12345"), "application/geo+json", ADMIN);
        HttpResponse<String> rows =
                http.send("POST", "/api/investments/import", "codigo_bip;nombre\n", "text/csv", ADMIN);
        assertThat(List.of(badParameter.statusCode(), notFound.statusCode(), feature.statusCode(), rows.statusCode()))
                .isEqualTo(List.of(400, 404, 422, 422));
        assertThat(Http.parse(feature.body()).path("errores").isArray())
                .as(feature.body())
                .isTrue();
        assertThat(Http.parse(rows.body()).path("errores").isArray())
                .as(rows.body())
                .isTrue();
        for (HttpResponse<String> r : List.of(badParameter, notFound, feature, rows)) {
            assertThat(cacheControl(r)).as(r.uri() + ": " + r.body()).isEqualTo("no-store");
        }
    }

    private long create() {
        HttpResponse<String> r = http.send("POST", ITEMS, FEATURE, "application/geo+json", ADMIN);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String location = r.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** GET with one Accept header, credentials ({@code user:password} or null) and more headers. */
    private HttpResponse<String> get(String path, String credentials, String accept, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Accept";
        all[1] = accept;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return http.send("GET", path, null, null, credentials, all);
    }

    private static String etag(HttpResponse<String> r) {
        return r.headers().firstValue("ETag").orElseThrow(() -> new AssertionError("no ETag: " + r.statusCode()));
    }

    private static String cacheControl(HttpResponse<String> r) {
        return String.join(", ", r.headers().allValues("Cache-Control"));
    }

    /** The header names in {@code Vary}, in lower case (Tomcat writes them so when it adds Accept-Encoding). */
    private static List<String> varies(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(v -> v.strip().toLowerCase(java.util.Locale.ROOT))
                .toList();
    }
}
