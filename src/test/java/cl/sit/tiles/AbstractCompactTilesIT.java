package cl.sit.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The map's tiles of the investment projects ({@link TileOptions}): filtered by programme and years, points (and lines
 * and polygons too small to see) counted per pixel cell, larger lines and polygons by id; bad parameters are a 400.
 * Expected features come from {@code /items} of the same store. Once per store ({@link H2gisCompactTilesIT}, {@link
 * PostgisCompactTilesIT}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractCompactTilesIT {

    static final String LAYER = "proyectos-inversion";

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest
    @CsvSource({
        "7, -72.5, -40.2, programa=FNDR&from=2020",
        "9, -73.2458, -39.8142, ''",
        "8, -73.2458, -39.8142, sector=Transporte&to=2015",
        "5, -73.0, -40.0, ''"
    })
    void aCompactTileCountsEachMatchingPointOnceAndKeepsMatchingPathsById(int z, double lon, double lat, String filter)
            throws IOException {
        TileCoordinates tile = AbstractTilesIT.tileAt(z, lon, lat);
        Predicate<JsonNode> matches = matcher(filter);
        List<JsonNode> points = new ArrayList<>();
        int edgeDots = 0;
        Set<String> paths = new TreeSet<>();
        Envelope buffered = tile.bufferedLonLat();
        for (JsonNode f : items(tile).get("features")) {
            if (!matches.test(f.get("properties"))) {
                continue;
            }
            Envelope e = AbstractTilesIT.envelope(f.get("geometry"));
            boolean dot = tile.gridX(e.getMaxX()) - tile.gridX(e.getMinX()) < TileOptions.DOT
                    && tile.gridY(e.getMinY()) - tile.gridY(e.getMaxY()) < TileOptions.DOT;
            if (f.at("/geometry/type").asString().endsWith("Point")) {
                points.add(f);
            } else if (!dot) {
                paths.add(f.get("id").asString());
            } else if (buffered.contains(e)) {
                points.add(f); // a small line or polygon: a dot in the cell of a point on it
            } else {
                edgeDots++; // its point may fall just outside the tile's margin
            }
        }
        // The plain tile leaves out lines and polygons too small to see at this zoom; the compact one does too.
        paths.retainAll(AbstractTilesIT.decoded(http, LAYER, tile).keySet());

        int counted = 0;
        int cells = 0;
        Set<String> drawnPaths = new TreeSet<>();
        for (Geometry g : compact(tile, filter)) {
            Map<String, Object> tags = AbstractTilesIT.tags(g);
            if (g.getDimension() == 0) {
                assertThat(tags.keySet()).containsExactlyInAnyOrder("id", "n");
                counted += ((Number) tags.get("n")).intValue();
                cells++;
            } else {
                assertThat(tags.keySet()).containsExactly("id");
                drawnPaths.add(String.valueOf(tags.get("id")));
            }
        }
        assertThat(counted)
                .as("points and small paths counted once each")
                .isBetween(points.size(), points.size() + edgeDots);
        assertThat(drawnPaths).isEqualTo(paths);
        if (z == 5) {
            assertThat(cells).as("points of one pixel drawn once").isLessThan(points.size());
        }
        assertThat(counted + drawnPaths.size()).isPositive();
    }

    @Test
    void aFilteredTileHasItsOwnEtag() {
        String path = "/tiles/" + LAYER + "/" + AbstractTilesIT.tileAt(8, -73.2458, -39.8142) + ".mvt?compact=true";
        String all = http.bytes(path, null).headers().firstValue("ETag").orElseThrow();
        String fndr = http.bytes(path + "&programa=FNDR", null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        String plain = http.bytes(path.replace("?compact=true", ""), null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(Set.of(all, fndr, plain)).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource({
        "proyectos-inversion, nope=1",
        "proyectos-inversion, from=dosmil",
        "proyectos-inversion, to=10000",
        "proyectos-inversion, compact=yes",
        "proyectos-inversion, costo_total_clp=5",
        "comunas, from=2020",
        "proyectos-inversion, programa=FNDR&programa=FRIL"
    })
    void badTileParametersAreA400(String collection, String query) {
        HttpResponse<byte[]> r = http.bytes("/tiles/" + collection + "/8/75/158.mvt?" + query, null);
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = Http.parse(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(error.get("code").asString()).startsWith("InvalidParameter");
        assertThat(error.get("description").asString()).isNotBlank();
    }

    @Test
    void aTooLongFilterValueIsA400() {
        HttpResponse<byte[]> r = http.bytes("/tiles/" + LAYER + "/8/75/158.mvt?programa=" + "F".repeat(201), null);
        assertThat(r.statusCode()).isEqualTo(400);
    }

    private List<Geometry> compact(TileCoordinates tile, String filter) throws IOException {
        HttpResponse<byte[]> r = http.bytes(
                "/tiles/" + LAYER + "/" + tile + ".mvt?compact=true" + (filter.isEmpty() ? "" : "&" + filter), null);
        if (r.statusCode() == 204) {
            return List.of();
        }
        assertThat(r.statusCode()).isEqualTo(200);
        return List.copyOf(TileEncoderTest.decode(r.body()).get(LAYER).getGeometries());
    }

    private JsonNode items(TileCoordinates tile) {
        Envelope b = tile.bufferedLonLat();
        return http.json("/collections/" + LAYER + "/items?limit=10000&bbox=" + b.getMinX() + "," + b.getMinY() + ","
                + b.getMaxX() + "," + b.getMaxY());
    }

    /** The filter of a query string, as the server should apply it. */
    static Predicate<JsonNode> matcher(String query) {
        Map<String, String> params = new TreeMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                params.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return p -> params.entrySet().stream().allMatch(e -> switch (e.getKey()) {
            case "from" -> p.get("anio_fin").asInt() >= Integer.parseInt(e.getValue());
            case "to" -> p.get("anio_inicio").asInt() <= Integer.parseInt(e.getValue());
            default -> e.getValue().equals(p.get(e.getKey()).asString());
        });
    }
}
