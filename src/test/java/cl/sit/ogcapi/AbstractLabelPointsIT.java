package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.support.Http;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.geojson.GeoJsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/layers/{id}/label-points} on both stores: a point inside each commune of today and of former years,
 * with an ETag that a 304 answers and a new generation of the layer changes; editable and unknown layers are a 404,
 * unknown parameters a 400. Writes nothing but a raised generation of the communes (harmless on the shared PostGIS
 * test database: it only makes caches revalidate). Its settings are those of the Part 3 classes
 * ({@code FilteringItBase}), so that, with {@link cl.sit.support.SharedStore}, it runs in their application.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sit.admin-password=clave-admin-de-prueba", "sit.ogcapi.max-limit=1000"})
abstract class AbstractLabelPointsIT {

    static final String POINTS = "/api/layers/comunas/label-points";
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newHttpClient();
    static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void everyCommuneOfTodayHasAPointInsideIt() {
        JsonNode points = http.json(POINTS);
        List<String> inside = new ArrayList<>();
        for (JsonNode feature :
                http.json("/collections/comunas/items?limit=1000").path("features")) {
            String id = feature.path("id").asString();
            JsonNode p = points.path(id);
            assertThat(p.isArray()).as("a label point for commune %s", id).isTrue();
            Geometry commune = GeoJsonReader.toJts(JSON.treeToValue(feature.path("geometry"), GeoJsonObject.class));
            if (commune.contains(GEOMETRIES.createPoint(
                    new Coordinate(p.get(0).asDouble(), p.get(1).asDouble())))) {
                inside.add(id);
            }
        }
        assertThat(inside).hasSize(12).contains("14101", "14102");
    }

    @Test
    void formerUnitsHaveTheirOwnPoints() {
        JsonNode points = http.json(POINTS);
        List<String> former = new ArrayList<>();
        points.propertyNames().forEach(id -> {
            if (id.contains("@")) {
                former.add(id);
            }
        });
        // The communes of Región X before Los Ríos was created (2007) are served for the map's earlier years.
        assertThat(former).isNotEmpty().allMatch(id -> points.path(id).size() == 2);
        assertThat(points.size()).isGreaterThan(12);
    }

    @Test
    void theEtagIsAnsweredWithA304AndChangesWithTheLayersGeneration() throws Exception {
        HttpResponse<String> first = get(POINTS, null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache, public");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = get(POINTS, etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        jdbc.update("UPDATE layer_generation SET generation = generation + 1 WHERE layer_id = ?", "comunas");
        HttpResponse<String> changed = get(POINTS, etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(Http.parse(changed.body())).isEqualTo(Http.parse(first.body()));
    }

    @Test
    void editableAndUnknownLayersAreNotFoundAndUnknownParametersRejected() {
        assertThat(http.get("/api/layers/a21-uso-suelo/label-points").statusCode())
                .isEqualTo(404);
        assertThat(http.get("/api/layers/no-existe/label-points").statusCode()).isEqualTo(404);
        HttpResponse<String> bad = http.get(POINTS + "?limite=5");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.parse(bad.body()).path("code").asString()).isEqualTo("InvalidParameter");
    }

    private HttpResponse<String> get(String path, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder b =
                HttpRequest.newBuilder(URI.create(http.base() + path)).header("Accept", "application/json");
        if (ifNoneMatch != null) {
            b.header("If-None-Match", ifNoneMatch);
        }
        return CLIENT.send(b.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
