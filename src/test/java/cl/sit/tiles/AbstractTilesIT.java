package cl.sit.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The vector tile contract over real HTTP with the Los Ríos seed data, once per store ({@link H2gisTilesIT},
 * {@link PostgisTilesIT}). Tiles are decoded with the library's reader; the features a tile holds must be those
 * that {@code /items?bbox=} gives for the buffered tile on the same store (and the items are identical on both
 * stores, see {@code StoreParityIT}); {@link TileParityIT} also compares the two stores' tiles directly.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractTilesIT {

    static final String ADMIN = "admin:clave-admin-de-prueba";

    @Autowired
    TileCache cache;

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void valdiviaTileHoldsItsCommunesWithCutAndName() throws IOException {
        TileCoordinates tile = tileAt(8, -73.2458, -39.8142);
        assertThat(tile).isEqualTo(new TileCoordinates(8, 75, 158));
        HttpResponse<byte[]> r = http.bytes("/tiles/comunas/" + tile + ".mvt", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.mapbox-vector-tile");
        JtsLayer layer = TileEncoderTest.decode(r.body()).get("comunas");
        Map<String, String> names = new TreeMap<>();
        for (Geometry g : layer.getGeometries()) {
            assertThat(g.getGeometryType()).isIn("Polygon", "MultiPolygon");
            names.put((String) tags(g).get("cut"), (String) tags(g).get("nombre"));
            assertThat(tags(g)).containsKeys("area_km2", "poblacion_2017", "cut_provincia");
        }
        assertThat(names).containsEntry("14101", "Valdivia").containsEntry("14102", "Corral");
        assertThat(names.keySet()).isEqualTo(itemIds("comunas", tile, "cut"));
    }

    @ParameterizedTest
    @CsvSource({
        "comunas, 8, -73.2458, -39.8142",
        "comunas, 11, -73.2458, -39.8142",
        "comunas, 5, -73.0, -40.0",
        "proyectos-inversion, 8, -73.2458, -39.8142",
        "proyectos-inversion, 10, -73.2458, -39.8142",
        "proyectos-inversion, 7, -72.5, -40.2",
        "centros-urbanos, 9, -72.6, -40.3",
        "areas-protegidas, 8, -72.0, -40.0"
    })
    void tileHoldsTheFeaturesOfItsBufferedBox(String collection, int z, double lon, double lat) throws IOException {
        TileCoordinates tile = tileAt(z, lon, lat);
        Map<String, Geometry> decoded = decoded(collection, tile);
        JsonNode items = items(collection, tile);
        Map<String, Integer> dimensions = new TreeMap<>();
        for (JsonNode f : items.get("features")) {
            String type = f.at("/geometry/type").asString();
            int dimension = type.contains("Point") ? 0 : type.contains("LineString") ? 1 : 2;
            // Lines and polygons smaller than TileEncoder.MIN_SIZE grid units both ways are left out on purpose.
            Envelope e = AbstractTilesIT.envelope(f.get("geometry"));
            double width = Math.abs(tile.gridX(e.getMaxX()) - tile.gridX(e.getMinX()));
            double height = Math.abs(tile.gridY(e.getMaxY()) - tile.gridY(e.getMinY()));
            if (dimension == 0 || width >= TileEncoder.MIN_SIZE || height >= TileEncoder.MIN_SIZE) {
                dimensions.put(f.get("id").asString(), dimension);
            }
        }
        assertThat(decoded.keySet()).as(collection + " " + tile).isEqualTo(dimensions.keySet());
        decoded.forEach((id, g) -> assertThat(g.getDimension()).as(id).isEqualTo(dimensions.get(id)));
    }

    @Test
    void tileOverTheAtlanticIsEmpty() {
        TileCoordinates tile = tileAt(8, -30.0, -30.0);
        for (String collection : new String[] {"comunas", "proyectos-inversion", "a21-residuos"}) {
            HttpResponse<byte[]> r = http.bytes("/tiles/" + collection + "/" + tile + ".mvt", null);
            assertThat(r.statusCode()).as(collection).isEqualTo(204);
            assertThat(r.body()).isEmpty();
        }
    }

    @ParameterizedTest
    @CsvSource({"23/0/0", "8/256/0", "8/0/256", "8/-1/0", "x/0/0", "0/0/1", "8/1.5/0"})
    void invalidCoordinatesAreA400Json(String zxy) {
        HttpResponse<String> r = http.get("/tiles/comunas/" + zxy + ".mvt");
        assertThat(r.statusCode()).as(zxy).isEqualTo(400);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).isEqualTo("InvalidTile");
        assertThat(error.get("description").asString()).isNotBlank();
    }

    @Test
    void unknownCollectionOrOneWithoutGeometryIsA404AndParametersAreChecked() {
        HttpResponse<String> unknown = http.get("/tiles/no-existe/8/75/158.mvt");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.parse(unknown.body()).get("code").asString()).isEqualTo("CollectionNotFound");
        HttpResponse<String> population = http.get("/tiles/poblacion/8/75/158.mvt");
        assertThat(population.statusCode()).isEqualTo(404);
        assertThat(Http.parse(population.body()).get("description").asString()).contains("no tiene geometría");
        assertThat(http.get("/tiles/no-existe.json").statusCode()).isEqualTo(404);
        assertThat(http.get("/tiles/comunas/8/75/158.mvt?limit=5").statusCode()).isEqualTo(400);
    }

    @Test
    void tileJsonDescribesTheLayer() {
        JsonNode tj = http.json("/tiles/comunas.json");
        assertThat(tj.get("tilejson").asString()).isEqualTo("3.0.0");
        assertThat(tj.get("name").asString()).isEqualTo("Comunas");
        assertThat(tj.get("attribution").asString()).contains("BCN");
        assertThat(tj.at("/tiles/0").asString()).isEqualTo(http.base() + "/tiles/comunas/{z}/{x}/{y}.mvt");
        assertThat(tj.get("minzoom").asInt()).isZero();
        assertThat(tj.get("maxzoom").asInt()).isBetween(14, 22);
        JsonNode bounds = tj.get("bounds");
        assertThat(bounds.get(0).asDouble()).isBetween(-74.5, -71.0);
        assertThat(bounds.get(1).asDouble()).isBetween(-41.5, -39.0);
        assertThat(tj.at("/vector_layers/0/id").asString()).isEqualTo("comunas");
        assertThat(tj.at("/vector_layers/0/fields/cut").asString()).isEqualTo("String");
        assertThat(tj.at("/vector_layers/0/fields/poblacion_2017").asString()).isEqualTo("Number");
        assertThat(http.json("/tiles/a21-residuos.json").get("bounds")).hasSize(4);
        // Each collection with geometry links to it; the API document lists the paths.
        assertThat(http.json("/collections/comunas").get("links").toString()).contains("/tiles/comunas.json");
        assertThat(http.json("/collections/poblacion").get("links").toString()).doesNotContain("/tiles/");
        JsonNode api = Http.parse(
                http.get("/api", "application/vnd.oai.openapi+json;version=3.0").body());
        assertThat(api.get("paths").has("/tiles/{collectionId}/{z}/{x}/{y}.mvt"))
                .isTrue();
        assertThat(api.get("paths").has("/tiles/{collectionId}.json")).isTrue();
    }

    @Test
    void editableLayerTilesShowOnlyWhatTheReaderMaySee() throws IOException {
        String location = createCleanPoint(-73.39, -39.984);
        try {
            TileCoordinates tile = tileAt(10, -73.39, -39.984);
            String path = "/tiles/a21-residuos/" + tile + ".mvt";
            String id = location.substring(location.lastIndexOf('/') + 1);
            // Corral's layer is a draft: anonymous readers do not get the point, the admin does.
            assertThat(decoded("a21-residuos", tile)).doesNotContainKey(id);
            HttpResponse<byte[]> admin = http.bytes(path, ADMIN);
            assertThat(admin.statusCode()).isEqualTo(200);
            Geometry point = null;
            for (Geometry g :
                    TileEncoderTest.decode(admin.body()).get("a21-residuos").getGeometries()) {
                if (id.equals(String.valueOf(tags(g).get("id")))) {
                    point = g;
                }
            }
            assertThat(point).isNotNull();
            assertThat(point.getGeometryType()).isEqualTo("Point");
            assertThat(tags(point)).containsEntry("cut", "14102").containsEntry("tipo", "Punto limpio");
        } finally {
            http.send("DELETE", location, null, null, ADMIN, "If-Match", "\"1\"");
        }
    }

    /** Tiles are kept in memory (the default): an edit must still show in the next tile, at once. */
    @Test
    void anEditShowsInTheNextTileDespiteTheCache() throws IOException {
        assertThat(cache.enabled()).as("the cache is on by default").isTrue();
        String location = createCleanPoint(-73.391, -39.985);
        String id = location.substring(location.lastIndexOf('/') + 1);
        try {
            String path = "/tiles/a21-residuos/" + tileAt(11, -73.391, -39.985) + ".mvt";
            HttpResponse<byte[]> first = http.bytes(path, ADMIN);
            assertThat(tagsOf(first, id)).containsEntry("tipo", "Punto limpio");
            HttpResponse<byte[]> again = http.bytes(path, ADMIN);
            assertThat(again.body()).isEqualTo(first.body());
            assertThat(again.headers().firstValue("ETag"))
                    .isEqualTo(first.headers().firstValue("ETag"));

            HttpResponse<String> patch = http.send(
                    "PATCH",
                    location,
                    "{\"properties\":{\"tipo\":\"Punto verde\"}}",
                    "application/merge-patch+json",
                    ADMIN,
                    "If-Match",
                    "\"1\"");
            assertThat(patch.statusCode()).as(patch.body()).isEqualTo(200);
            HttpResponse<byte[]> edited = http.bytes(path, ADMIN);
            assertThat(tagsOf(edited, id)).containsEntry("tipo", "Punto verde");
            assertThat(edited.headers().firstValue("ETag"))
                    .isNotEqualTo(first.headers().firstValue("ETag"));
        } finally {
            http.send("DELETE", location, null, null, ADMIN, "If-Match", "\"2\"");
        }
    }

    /** Creates a "Punto limpio" in Corral's waste layer (a draft: only signed-in users see it); its URL. */
    private String createCleanPoint(double lon, double lat) {
        String feature = "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}";
        HttpResponse<String> created =
                http.send("POST", "/collections/a21-residuos/items", feature, "application/geo+json", ADMIN);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private static Map<String, Object> tagsOf(HttpResponse<byte[]> tile, String id) throws IOException {
        assertThat(tile.statusCode()).isEqualTo(200);
        for (Geometry g :
                TileEncoderTest.decode(tile.body()).get("a21-residuos").getGeometries()) {
            if (id.equals(String.valueOf(tags(g).get("id")))) {
                return tags(g);
            }
        }
        throw new AssertionError("feature " + id + " not in the tile");
    }

    /** The tile of zoom {@code z} that holds a point. */
    static TileCoordinates tileAt(int z, double lon, double lat) {
        TileCoordinates corner = new TileCoordinates(z, 0, 0);
        return new TileCoordinates(z, (int) Math.floor(corner.gridX(lon) / TileCoordinates.EXTENT), (int)
                Math.floor(corner.gridY(lat) / TileCoordinates.EXTENT));
    }

    /** Decoded features of a tile by id: the MVT feature id, else the collection's id property. */
    Map<String, Geometry> decoded(String collection, TileCoordinates tile) throws IOException {
        return decoded(http, collection, tile);
    }

    static Map<String, Geometry> decoded(Http http, String collection, TileCoordinates tile) throws IOException {
        HttpResponse<byte[]> r = http.bytes("/tiles/" + collection + "/" + tile + ".mvt", null);
        Map<String, Geometry> out = new TreeMap<>();
        if (r.statusCode() == 204) {
            return out;
        }
        assertThat(r.statusCode()).isEqualTo(200);
        String idProperty =
                switch (collection) {
                    case "comunas" -> "cut";
                    case "zonas-censales" -> "geocodigo";
                    default -> "id";
                };
        for (Geometry g : TileEncoderTest.decode(r.body()).get(collection).getGeometries()) {
            Object id = tags(g).get(idProperty);
            assertThat(out.put(String.valueOf(id), g)).as("one feature per id").isNull();
        }
        return out;
    }

    private JsonNode items(String collection, TileCoordinates tile) {
        Envelope b = tile.bufferedLonLat();
        return http.json("/collections/" + collection + "/items?limit=10000&bbox=" + b.getMinX() + "," + b.getMinY()
                + "," + b.getMaxX() + "," + b.getMaxY());
    }

    private Set<String> itemIds(String collection, TileCoordinates tile, String property) {
        Set<String> ids = new TreeSet<>();
        for (JsonNode f : items(collection, tile).get("features")) {
            ids.add(f.at("/properties/" + property).asString());
        }
        return ids;
    }

    /** The envelope of a GeoJSON geometry's positions (longitude, latitude). */
    static Envelope envelope(JsonNode geometry) {
        Envelope e = new Envelope();
        List<JsonNode> pending = new ArrayList<>(List.of(geometry.get("coordinates")));
        while (!pending.isEmpty()) {
            JsonNode n = pending.remove(pending.size() - 1);
            if (n.isArray() && n.size() >= 2 && n.get(0).isNumber()) {
                e.expandToInclude(n.get(0).asDouble(), n.get(1).asDouble());
            } else {
                n.forEach(pending::add);
            }
        }
        return e;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tags(Geometry g) {
        return (Map<String, Object>) g.getUserData();
    }
}
