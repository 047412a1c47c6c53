package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.layer.LayerRegistry;
import cl.sit.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.geojson.GeoJsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the OGC API Features Part 3 ITs share, on both stores: the application over real HTTP, the items read
 * without a filter ({@link Item}) and the helpers that page through them. Every expected id set or order is
 * computed in plain Java and JTS from the unfiltered items, never by the code under test. Tests write only to the
 * land-use layer (cleaned after each test) or to layers they create and drop.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sit.admin-password=clave-admin-de-prueba", "sit.ogcapi.max-limit=1000"})
abstract class FilteringItBase {

    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String LAND_USE = "/collections/a21-uso-suelo/items";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerRegistry registry;

    Http http;

    /** A feature as served without any filter: id, properties and JTS geometry. */
    record Item(String id, JsonNode properties, Geometry geometry) {

        String text(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }

        Double number(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asDouble();
        }

        LocalDate date(String name) {
            String v = text(name);
            return v == null ? null : LocalDate.parse(v);
        }
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", "a21-uso-suelo");
        jdbc.update("DELETE FROM layer_status WHERE layer_id = ?", "a21-uso-suelo");
        jdbc.update("UPDATE layer_generation SET generation = generation + 1 WHERE layer_id = ?", "a21-uso-suelo");
    }

    // --- helpers ---

    List<Item> all(String collection, String query) {
        return all(collection, query, null);
    }

    /** Every item, page after page, read by {@code credentials} ({@code user:password}, or null: anonymous). */
    List<Item> all(String collection, String query, String credentials) {
        List<Item> out = new ArrayList<>();
        String url = "/collections/" + collection + "/items?limit=1000" + (query.isEmpty() ? "" : "&" + query);
        while (url != null) {
            HttpResponse<String> r = http.send("GET", url, null, null, credentials);
            assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
            JsonNode page = Http.parse(r.body());
            for (JsonNode f : page.get("features")) {
                out.add(new Item(f.get("id").asString(), f.get("properties"), geometry(f.get("geometry"))));
            }
            url = link(page, "next");
        }
        return out;
    }

    Set<String> ids(String collection, String query) {
        return ids(collection, query, null);
    }

    Set<String> ids(String collection, String query, String credentials) {
        Set<String> ids = new HashSet<>();
        all(collection, query, credentials)
                .forEach(i ->
                        assertThat(ids.add(i.id())).as("no duplicate " + i.id()).isTrue());
        return ids;
    }

    static Set<String> select(List<Item> items, Predicate<Item> rule) {
        Set<String> out = new HashSet<>();
        items.stream().filter(rule).forEach(i -> out.add(i.id()));
        return out;
    }

    static Geometry geometry(JsonNode node) {
        return node == null || node.isNull() ? null : GeoJsonReader.toJts(JSON.treeToValue(node, GeoJsonObject.class));
    }

    static Geometry box(double minX, double minY, double maxX, double maxY) {
        return cl.sit.geometry.Geometries.FACTORY.toGeometry(new Envelope(minX, maxX, minY, maxY));
    }

    /** Great-circle distance in metres (mean Earth radius), independent of the server's measure. */
    static double haversine(Coordinate a, Coordinate b) {
        double p1 = Math.toRadians(a.y);
        double p2 = Math.toRadians(b.y);
        double dp = p2 - p1;
        double dl = Math.toRadians(b.x - a.x);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String link(JsonNode resource, String rel) {
        for (JsonNode l : resource.get("links")) {
            if (l.get("rel").asString().equals(rel)) {
                return l.get("href").asString();
            }
        }
        return null;
    }
}
