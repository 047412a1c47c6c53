package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * OGC API Features Part 2 (CRS by reference) over real HTTP, once per store ({@link H2gisCrsIT},
 * {@link PostgisCrsIT}): the CRS lists of the collections, {@code crs} with coordinates checked against PROJ,
 * the axis order of EPSG:4326, {@code bbox-crs} selecting what the same box selects in its own CRS,
 * {@code Content-Crs}, 400s, ETags and the OpenAPI document. Mirrors what the OGC test suite
 * (ets-ogcapi-features10, package {@code conformance.crs}) checks: the crs list holds CRS84 and the storageCrs,
 * {@code Content-Crs} is a URI in angle brackets on every items and item response, an unknown crs or bbox-crs is a
 * 400, and a transformed geometry matches the default one.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractCrsIT {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";
    static final List<String> ALL =
            List.of(CRS84, EPSG + 4326, EPSG + 3857, EPSG + 32718, EPSG + 32719, EPSG + 20048, EPSG + 20049);

    private static final GeometryFactory PLANE = new GeometryFactory();

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void collectionsListTheSupportedCrsAndTheStorageCrs() {
        JsonNode collections = http.json("/collections");
        assertThat(AbstractOgcApiContractIT.texts(collections.get("crs"))).containsExactlyElementsOf(ALL);
        for (JsonNode c : collections.get("collections")) {
            assertThat(c.get("storageCrs").asString())
                    .as(c.get("id").asString())
                    .isEqualTo(CRS84);
            assertThat(AbstractOgcApiContractIT.texts(c.get("crs"))).containsExactlyElementsOf(ALL);
        }
        JsonNode communes = http.json("/collections/comunas");
        assertThat(communes.get("storageCrs").asString()).isEqualTo(CRS84);
        assertThat(AbstractOgcApiContractIT.texts(communes.get("crs"))).contains(CRS84, EPSG + 32719);
        assertThat(communes.at("/extent/spatial/crs").asString()).isEqualTo(CRS84);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/collections/comunas/items",
                "/collections/comunas/items/14101",
                "/collections/comunas/items?f=html",
                "/collections/a21-residuos/items"
            })
    void everyItemsResponseSaysItsCrs(String path) {
        assertThat(http.get(path, "*/*").headers().firstValue("Content-Crs")).hasValue("<" + CRS84 + ">");
        for (String crs : ALL) {
            String url = path + (path.contains("?") ? "&" : "?") + "crs=" + crs;
            HttpResponse<String> r = http.get(url, "*/*");
            assertThat(r.statusCode()).as(url).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Crs")).as(url).hasValue("<" + crs + ">");
        }
    }

    /**
     * Urban centres (CRS84 as seeded) in each CRS, from PROJ 9.1.1:
     * {@code printf -- "-39.8316 -73.22582\n-39.87924 -73.42629\n-39.64431 -72.33704\n-40.3374 -72.94581\n"
     * | cs2cs -f %.4f EPSG:4326 EPSG:<code>}.
     */
    @ParameterizedTest
    @CsvSource({
        "3857, Valdivia, -8151460.9953, -4841500.9418", "3857, Corral, -8173777.2136, -4848409.2518",
        "3857, Panguipulli, -8052522.4583, -4814388.2062", "3857, Río Bueno, -8120290.4247, -4915094.1483",
        "32718, Valdivia, 651819.2439, 5589427.3837", "32718, Corral, 634570.7931, 5584460.7143",
        "32718, Panguipulli, 728499.9336, 5608330.4218", "32718, Río Bueno, 674485.1192, 5532768.4946",
        "32719, Valdivia, 138341.3704, 5582381.9749", "32719, Corral, 121440.9549, 5576260.0615",
        "32719, Panguipulli, 213648.4284, 5606395.9860", "32719, Río Bueno, 164807.0501, 5527316.2040",
        "20048, Valdivia, 651819.2439, 5589427.3838", "20048, Corral, 634570.7931, 5584460.7144",
        "20048, Panguipulli, 728499.9336, 5608330.4219", "20048, Río Bueno, 674485.1192, 5532768.4947",
        "20049, Valdivia, 138341.3704, 5582381.9750", "20049, Corral, 121440.9548, 5576260.0616",
        "20049, Panguipulli, 213648.4284, 5606395.9861", "20049, Río Bueno, 164807.0501, 5527316.2041"
    })
    void projectedCoordinatesAgreeWithProjToTheMillimetre(int code, String name, double x, double y) {
        JsonNode page = http.json("/collections/centros-urbanos/items?nombre=" + encode(name) + "&crs=" + EPSG + code);
        assertThat(page.get("features")).hasSize(1);
        JsonNode position = page.at("/features/0/geometry/coordinates");
        assertThat(position.get(0).asDouble()).isCloseTo(x, within(0.001));
        assertThat(position.get(1).asDouble()).isCloseTo(y, within(0.001));
        // Rounded to the millimetre: at most three decimals.
        assertThat(position.get(0).toString()).matches("-?\\d+(\\.\\d{1,3})?");
        assertThat(position.get(1).toString()).matches("-?\\d+(\\.\\d{1,3})?");
    }

    @Test
    void epsg4326IsLatitudeThenLongitudeAndOtherwiseExact() {
        String lonLat = "/collections/comunas/items?limit=100";
        List<double[]> crs84 = positions(http.json(lonLat));
        List<double[]> latLon = positions(http.json(lonLat + "&crs=" + EPSG + 4326));
        assertThat(latLon).hasSameSizeAs(crs84).hasSizeGreaterThan(1000);
        for (int i = 0; i < crs84.size(); i++) {
            assertThat(latLon.get(i)).containsExactly(crs84.get(i)[1], crs84.get(i)[0]);
        }
        JsonNode valdivia = http.json("/collections/centros-urbanos/items?nombre=Valdivia&crs=" + EPSG + 4326);
        assertThat(valdivia.at("/features/0/geometry/coordinates/0").asDouble()).isEqualTo(-39.8316);
        assertThat(valdivia.at("/features/0/geometry/coordinates/1").asDouble()).isEqualTo(-73.22582);
        JsonNode one = http.json("/collections/comunas/items/14101?crs=" + EPSG + 4326);
        assertThat(one.at("/geometry/coordinates/0/0/0/0").asDouble()).isBetween(-41.0, -39.0);
    }

    @Test
    void crs84AskedForGivesTheDefaultBytes() {
        String items = "/collections/comunas/items?limit=3";
        String asked = http.get(items + "&crs=" + CRS84).body();
        String plain = http.get(items).body();
        // Only the links (which repeat the query) may differ.
        assertThat(asked.substring(0, asked.indexOf("\"links\"")))
                .isEqualTo(plain.substring(0, plain.indexOf("\"links\"")));
        String item = "/collections/comunas/items/14101";
        assertThat(http.json(item + "?crs=" + CRS84).get("geometry").toString())
                .isEqualTo(http.json(item).get("geometry").toString());
    }

    @Test
    void projectedPolygonsKeepEveryVertex() {
        String path = "/collections/comunas/items?limit=100";
        List<double[]> lonLat = positions(http.json(path));
        List<double[]> utm = positions(http.json(path + "&crs=" + EPSG + 32718));
        assertThat(utm).hasSameSizeAs(lonLat);
        for (double[] p : utm) {
            assertThat(p[0]).isBetween(400_000.0, 900_000.0);
            assertThat(p[1]).isBetween(5_400_000.0, 5_700_000.0);
        }
    }

    /** A UTM box cutting through communes and urban areas selects what intersects it in UTM, to the feature. */
    @ParameterizedTest
    @CsvSource({
        "comunas, 32718, 640000, 5570000, 700000, 5600000",
        "limites-urbanos, 32718, 645000, 5580000, 660000, 5595000",
        "centros-urbanos, 32719, 110000, 5570000, 170000, 5590000",
        "proyectos-inversion, 32718, 640000, 5560000, 700000, 5600000",
        "zonas-censales, 20048, 648000, 5585000, 653000, 5592000",
        "comunas, 3857, -8160000, -4900000, -8100000, -4840000"
    })
    void bboxCrsSelectsWhatIntersectsTheBoxInThatCrs(
            String collection, int code, double minX, double minY, double maxX, double maxY) {
        String crs = EPSG + code;
        Polygon box = (Polygon) PLANE.toGeometry(new Envelope(minX, maxX, minY, maxY));
        Set<String> expected = new TreeSet<>();
        for (JsonNode f : http.json("/collections/" + collection + "/items?limit=10000&crs=" + crs)
                .get("features")) {
            if (geometry(f.get("geometry")).intersects(box)) {
                expected.add(f.get("id").asString());
            }
        }
        JsonNode selected = http.json("/collections/" + collection + "/items?limit=10000&bbox-crs=" + crs + "&bbox="
                + minX + "," + minY + "," + maxX + "," + maxY);
        assertThat(expected).as("a box that selects something").isNotEmpty();
        assertThat(new TreeSet<>(AbstractOgcApiContractIT.ids(selected))).isEqualTo(expected);
        assertThat(selected.get("numberMatched").asInt()).isEqualTo(expected.size());
    }

    @Test
    void bboxInEpsg4326IsLatitudeFirstAndSelectsLikeCrs84() {
        String crs84 = "/collections/proyectos-inversion/items?limit=10000&bbox=-73.45,-39.90,-73.15,-39.78";
        String latLon = "/collections/proyectos-inversion/items?limit=10000&bbox=-39.90,-73.45,-39.78,-73.15"
                + "&bbox-crs=" + EPSG + 4326;
        List<String> expected = AbstractOgcApiContractIT.ids(http.json(crs84));
        assertThat(expected).isNotEmpty();
        assertThat(AbstractOgcApiContractIT.ids(http.json(latLon))).isEqualTo(expected);
        assertThat(AbstractOgcApiContractIT.ids(http.json(crs84 + "&bbox-crs=" + CRS84)))
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/collections/comunas/items?crs=EPSG:4326",
                "/collections/comunas/items?crs=http://www.opengis.net/def/crs/EPSG/0/9999",
                "/collections/comunas/items?crs=http://www.opengis.net/def/crs/EPSG/0/9155",
                "/collections/comunas/items/14101?crs=urn:ogc:def:crs:EPSG::4326",
                "/collections/comunas/items?bbox=1,2,3,4&bbox-crs=EPSG:32718",
                "/collections/comunas/items?bbox-crs=http://www.opengis.net/def/crs/OGC/1.3/CRS83",
                "/collections/comunas/items?bbox=-40,-74,-39,-73,1&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326",
                "/collections/comunas/items?bbox=95,-74,96,-73&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/4326",
                "/collections/comunas/items?bbox=700000,5600000,600000,5500000&bbox-crs="
                        + "http://www.opengis.net/def/crs/EPSG/0/32718",
                "/collections/comunas/items?bbox=1e12,1e12,2e12,2e12&bbox-crs=http://www.opengis.net/def/crs/EPSG/0/32718",
                "/collections/comunas/items?crs=" + CRS84 + "&crs=" + CRS84
            })
    void unknownOrMisusedCrsIsA400(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).as(path).isEqualTo(400);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).startsWith("InvalidParameter");
        assertThat(error.get("description").asString()).isNotBlank();
    }

    @Test
    void aCrsResponseHasItsOwnEtag() {
        String path = "/collections/comunas/items/14101";
        String plain = http.get(path).headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> utm = http.get(path + "?crs=" + EPSG + 32719);
        String etag = utm.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isNotEqualTo(plain).startsWith("W/\"");
        assertThat(http.send("GET", path + "?crs=" + EPSG + 32719, null, null, null, "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(http.send("GET", path + "?crs=" + EPSG + 32718, null, null, null, "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(200);
        String items = "/collections/comunas/items?limit=2";
        assertThat(http.get(items + "&crs=" + EPSG + 3857).headers().firstValue("ETag"))
                .isNotEqualTo(http.get(items).headers().firstValue("ETag"));
    }

    @Test
    void openApiDocumentsCrsAndBboxCrs() {
        JsonNode api = Http.parse(
                http.get("/api", "application/vnd.oai.openapi+json;version=3.0").body());
        List<String> items = new ArrayList<>();
        api.at("/paths/~1collections~1comunas~1items/get/parameters")
                .forEach(p -> items.add(p.path("$ref").asString()));
        assertThat(items).contains("#/components/parameters/crs", "#/components/parameters/bbox-crs");
        List<String> item = new ArrayList<>();
        api.at("/paths/~1collections~1comunas~1items~1{featureId}/get/parameters")
                .forEach(p -> item.add(p.get("$ref").asString()));
        assertThat(item).contains("#/components/parameters/crs");
        assertThat(AbstractOgcApiContractIT.texts(api.at("/components/parameters/crs/schema/enum")))
                .containsExactlyElementsOf(ALL);
        assertThat(api.at("/components/parameters/bbox-crs/in").asString()).isEqualTo("query");
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Every position of every feature, in order. */
    private static List<double[]> positions(JsonNode page) {
        List<double[]> out = new ArrayList<>();
        page.get("features").forEach(f -> collect(f.at("/geometry/coordinates"), out));
        return out;
    }

    private static void collect(JsonNode coordinates, List<double[]> out) {
        if (coordinates.get(0).isNumber()) {
            out.add(new double[] {
                coordinates.get(0).asDouble(), coordinates.get(1).asDouble()
            });
        } else {
            coordinates.forEach(c -> collect(c, out));
        }
    }

    /** A GeoJSON geometry as JTS, in whatever CRS it is written (points, lines, polygons and their multis). */
    private static Geometry geometry(JsonNode g) {
        JsonNode c = g.get("coordinates");
        return switch (g.get("type").asString()) {
            case "Point" -> PLANE.createPoint(coordinate(c));
            case "MultiPoint" -> PLANE.createMultiPointFromCoords(coordinates(c));
            case "LineString" -> PLANE.createLineString(coordinates(c));
            case "MultiLineString" -> PLANE.buildGeometry(each(c, r -> PLANE.createLineString(coordinates(r))));
            case "Polygon" -> polygon(c);
            case "MultiPolygon" -> PLANE.buildGeometry(each(c, AbstractCrsIT::polygon));
            default -> throw new AssertionError("geometry type " + g.get("type"));
        };
    }

    private static Polygon polygon(JsonNode rings) {
        List<LinearRing> all = each(rings, r -> PLANE.createLinearRing(coordinates(r)));
        return PLANE.createPolygon(all.get(0), all.subList(1, all.size()).toArray(LinearRing[]::new));
    }

    private static <T> List<T> each(JsonNode array, java.util.function.Function<JsonNode, T> f) {
        List<T> out = new ArrayList<>();
        array.forEach(n -> out.add(f.apply(n)));
        return out;
    }

    private static Coordinate[] coordinates(JsonNode array) {
        return each(array, AbstractCrsIT::coordinate).toArray(Coordinate[]::new);
    }

    private static Coordinate coordinate(JsonNode p) {
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }
}
