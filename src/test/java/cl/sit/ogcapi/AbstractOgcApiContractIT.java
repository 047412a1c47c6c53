package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The OGC API Features contract of SIT over real HTTP, with the Los Ríos seed data. Runs once per store:
 * {@link H2gisOgcApiIT} and {@link PostgisOgcApiIT}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "sit.ogcapi.max-limit=100")
abstract class AbstractOgcApiContractIT {

    static final List<String> COLLECTIONS = List.of(
            "comunas",
            "comunas-bcn",
            "provincias",
            "regiones",
            "sitios-prioritarios",
            "areas-protegidas",
            "limites-urbanos",
            "zonas-censales",
            "centros-urbanos",
            "proyectos-inversion",
            "poblacion");

    /** The Agenda 21 layers, editable, created empty on first start. */
    static final List<String> AGENDA21 = List.of(
            "a21-uso-suelo",
            "a21-hidrografia",
            "a21-vialidad",
            "a21-asentamientos",
            "a21-interes-turistico",
            "a21-residuos",
            "a21-biodiversidad");

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void landingPageLinksToApiConformanceAndData() {
        JsonNode landing = http.json("/");
        assertThat(landing.get("title").asString()).contains("SIT");
        assertThat(rels(landing)).contains("self", "alternate", "service-desc", "service-doc", "conformance", "data");
    }

    @Test
    void conformanceDeclaresCoreGeoJsonHtmlOpenApiAndTransactions() {
        JsonNode conformance = http.json("/conformance");
        assertThat(texts(conformance.get("conformsTo")))
                .containsExactlyInAnyOrder(
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                        // Part 4, exercised by the editing contract tests (cl.sit.editing).
                        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/create-replace-delete",
                        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/update",
                        "http://www.opengis.net/spec/ogcapi-features-4/1.0/conf/optimistic-locking-etags",
                        // Part 2, exercised by the CRS contract tests (AbstractCrsIT).
                        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
                        // Part 3 and CQL2, exercised by the filtering tests (AbstractFilteringIT, FiltersTest).
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
                        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text",
                        "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
                        "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
                        "http://www.opengis.net/spec/cql2/1.0/conf/advanced-comparison-operators",
                        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions",
                        "http://www.opengis.net/spec/cql2/1.0/conf/basic-spatial-functions-plus",
                        "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
                        "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions");
    }

    @Test
    void apiIsAnOpenApi30DocumentWithEveryCollection() {
        HttpResponse<String> r = http.get("/api", "application/vnd.oai.openapi+json;version=3.0");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/vnd.oai.openapi+json");
        JsonNode api = Http.parse(r.body());
        assertThat(api.get("openapi").asString()).startsWith("3.0");
        for (String id : COLLECTIONS) {
            assertThat(api.get("paths").has("/collections/" + id + "/items"))
                    .as(id)
                    .isTrue();
        }
        assertThat(api.at("/components/parameters/limit/schema/maximum").asInt())
                .isEqualTo(100);
        for (String path : List.of(
                "/api/indicators",
                "/api/screening",
                "/api/overlaps",
                "/api/investments/import",
                "/api/investments/import/template",
                "/api/territories",
                "/api/territories/{code}/profile")) {
            assertThat(api.get("paths").has(path)).as(path).isTrue();
        }
        assertThat(api.at("/paths/~1api~1territories/post/security/0").has("basic"))
                .isTrue();
        assertThat(api.at("/paths/~1api~1investments~1import/post/parameters").toString())
                .contains("unidad", "modo");
        // Editable layers document their Part 4 operations; read-only ones do not.
        JsonNode item = api.at("/paths/~1collections~1a21-vialidad~1items~1{featureId}");
        assertThat(item.has("put") && item.has("patch") && item.has("delete")).isTrue();
        assertThat(api.at("/paths/~1collections~1a21-vialidad~1items/post/security/0")
                        .has("basic"))
                .isTrue();
        assertThat(api.at("/paths/~1collections~1comunas~1items").has("post")).isFalse();
    }

    @Test
    void collectionsListsEveryLayerWithItemsLinkAndExtent() {
        JsonNode collections = http.json("/collections").get("collections");
        List<String> ids = new ArrayList<>();
        for (JsonNode c : collections) {
            ids.add(c.get("id").asString());
            assertThat(rels(c)).contains("self", "items", "describedBy");
            if (c.get("tipo_geometria").asString().equals("None")) {
                assertThat(c.has("extent")).isFalse();
                continue;
            }
            if (AGENDA21.contains(c.get("id").asString()) && !c.has("extent")) {
                continue; // an empty layer has no extent
            }
            JsonNode bbox = c.at("/extent/spatial/bbox/0");
            // Everything seeded lies in Los Ríos (some parks reach into neighbouring regions).
            assertThat(bbox.get(0).asDouble()).isBetween(-74.5, -71.0);
            assertThat(bbox.get(1).asDouble()).isBetween(-41.5, -39.0);
        }
        List<String> expected = new ArrayList<>(COLLECTIONS);
        expected.addAll(AGENDA21);
        assertThat(ids).containsExactlyElementsOf(expected);
        assertThat(http.json("/collections/proyectos-inversion")
                        .get("ilustrativo")
                        .asBoolean())
                .isTrue();
        assertThat(http.json("/collections/comunas").get("ilustrativo").asBoolean())
                .isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "comunas,12",
        "provincias,2",
        "regiones,1",
        "sitios-prioritarios,2",
        "areas-protegidas,76",
        "limites-urbanos,20",
        "zonas-censales,87",
        "centros-urbanos,20",
        "proyectos-inversion,300",
        "poblacion,525"
    })
    void seedLoadsEveryLayerOnce(String collection, int expected) {
        assertThat(http.json("/collections/" + collection + "/items?limit=1")
                        .get("numberMatched")
                        .asInt())
                .isEqualTo(expected);
        assertThat(allFeatures(collection)).hasSize(expected);
    }

    @Test
    void communesCarryCutCodesPopulationAndGeodesicArea() {
        List<JsonNode> communes = allFeatures("comunas");
        assertThat(communes)
                .extracting(f -> f.get("id").asString())
                .containsExactly(
                        "14101", "14102", "14103", "14104", "14105", "14106", "14107", "14108", "14201", "14202",
                        "14203", "14204");
        JsonNode valdivia = http.json("/collections/comunas/items/14101").get("properties");
        assertThat(valdivia.get("nombre").asString()).isEqualTo("Valdivia");
        assertThat(valdivia.get("poblacion_2017").asInt()).isEqualTo(166080);
        // The coverage: BCN's land plus Valdivia's rivers and share of the bay, within 2 % of SUBDERE's surface.
        assertThat(valdivia.get("superficie_oficial_km2").asDouble()).isEqualTo(1018.52);
        assertThat(valdivia.get("area_km2").asDouble())
                .isCloseTo(1018.52, org.assertj.core.data.Percentage.withPercentage(2));
        assertThat(valdivia.get("geometria").asString()).startsWith("Cobertura operativa sin vacíos");
        // BCN's polygon as published: pyproj's Geod gives 951.62 km² (data/los-rios/PROVENANCE.md).
        JsonNode published = http.json("/collections/comunas-bcn/items/14101").get("properties");
        assertThat(published.get("area_km2").asDouble()).isCloseTo(951.62, org.assertj.core.data.Offset.offset(0.05));
        JsonNode region = http.json("/collections/regiones/items/14").get("properties");
        assertThat(region.get("poblacion_2017").asInt()).isEqualTo(384837);
        double communeSum = communes.stream()
                .mapToDouble(f -> f.at("/properties/area_km2").asDouble())
                .sum();
        // Communes do not overlap, so the region (their union) has their summed area.
        assertThat(region.get("area_km2").asDouble())
                .isCloseTo(communeSum, org.assertj.core.data.Percentage.withPercentage(0.01));
        assertThat(region.get("vigente_desde").asString()).isEqualTo("2007-10-02");
    }

    @Test
    void populationPerUnitAndYearWithItsSource() {
        JsonNode valdivia = http.json("/collections/poblacion/items?cut=14101&tipo=proyeccion&limit=100");
        assertThat(valdivia.get("numberMatched").asInt()).isEqualTo(34);
        JsonNode year2024 = http.json("/collections/poblacion/items/14101-2024-proyeccion");
        assertThat(year2024.at("/properties/poblacion").asInt()).isEqualTo(182086);
        assertThat(year2024.at("/properties/fuente").asString()).contains("INE", "proyecciones");
        assertThat(year2024.get("geometry").isNull()).isTrue();
        // The region's count is the sum of its communes: 384,837 in Censo 2017.
        assertThat(http.json("/collections/poblacion/items/14-2017-censo")
                        .at("/properties/poblacion")
                        .asInt())
                .isEqualTo(384837);
    }

    @Test
    void gmlApplicationSchemaGivesAttributeTypes() {
        HttpResponse<String> r = http.get("/collections/proyectos-inversion/schema.xsd", "application/xml");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        assertThat(r.body())
                .contains(
                        "<xsd:element name=\"costo_total_clp\" type=\"xsd:long\"",
                        "<xsd:element name=\"geom\" type=\"gml:GeometryPropertyType\"");
        assertThat(http.get("/collections/poblacion/schema.xsd", "application/xml")
                        .body())
                .doesNotContain("geom");
        assertThat(http.get("/collections/no-existe/schema.xsd", "application/xml")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void pagingFollowsNextLinksThroughEveryFeature() {
        Set<String> ids = new HashSet<>();
        String url = "/collections/areas-protegidas/items?limit=7";
        int pages = 0;
        while (url != null) {
            JsonNode page = http.json(url);
            assertThat(page.get("numberMatched").asInt()).isEqualTo(76);
            assertThat(page.get("numberReturned").asInt())
                    .isEqualTo(page.get("features").size());
            page.get("features").forEach(f -> ids.add(f.get("id").asString()));
            url = link(page, "next");
            pages++;
        }
        assertThat(pages).isEqualTo(11);
        assertThat(ids).hasSize(76);
    }

    /** A page that is not full gives numberMatched without a count query; every case must agree with one. */
    @ParameterizedTest
    @CsvSource({
        "76,0,76,false",
        "7,70,6,false",
        "6,70,6,false",
        "7,69,7,false",
        "7,0,7,true",
        "10,76,0,false",
        "10,200,0,false",
        "77,0,76,false",
        "1000,3,73,false"
    })
    void numberMatchedIsExactWhetherOrNotThePageIsFull(int limit, int offset, int returned, boolean next) {
        JsonNode page = http.json("/collections/areas-protegidas/items?limit=" + limit + "&offset=" + offset);
        assertThat(page.get("numberMatched").asInt()).isEqualTo(76);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(returned);
        assertThat(link(page, "next") != null).isEqualTo(next);
    }

    @Test
    void limitIsClampedToTheConfiguredMaximum() {
        JsonNode page = http.json("/collections/proyectos-inversion/items?limit=100000");
        assertThat(page.get("numberReturned").asInt()).isEqualTo(100);
        assertThat(link(page, "next")).contains("offset=100");
        assertThat(http.json("/collections/proyectos-inversion/items")
                        .get("numberReturned")
                        .asInt())
                .isEqualTo(10);
    }

    @Test
    void bboxSelectsTheFeaturesThatIntersectIt() {
        // Around Valdivia and Niebla only.
        double minX = -73.45;
        double minY = -39.90;
        double maxX = -73.15;
        double maxY = -39.78;
        JsonNode page =
                http.json("/collections/centros-urbanos/items?bbox=" + minX + "," + minY + "," + maxX + "," + maxY);
        List<String> expected = allFeatures("centros-urbanos").stream()
                .filter(f -> {
                    double x = f.at("/geometry/coordinates/0").asDouble();
                    double y = f.at("/geometry/coordinates/1").asDouble();
                    return x >= minX && x <= maxX && y >= minY && y <= maxY;
                })
                .map(f -> f.at("/properties/nombre").asString())
                .toList();
        assertThat(expected).contains("Valdivia", "Niebla", "Corral");
        assertThat(StreamSupport.stream(page.get("features").spliterator(), false)
                        .map(f -> f.at("/properties/nombre").asString())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        JsonNode communes = http.json("/collections/comunas/items?bbox=-73.45,-39.90,-73.40,-39.85");
        assertThat(ids(communes)).contains("14102").doesNotContain("14204", "14108");
    }

    @Test
    void bboxAcrossTheAntimeridianSelectsBothSides() {
        // West edge east of the east edge (Part 1, 7.15.3): the box runs from -72 eastwards across 180 to -73.
        JsonNode page = http.json("/collections/centros-urbanos/items?bbox=-72,-40,-73,-39&limit=100");
        List<String> expected = allFeatures("centros-urbanos").stream()
                .filter(f -> {
                    double x = f.at("/geometry/coordinates/0").asDouble();
                    double y = f.at("/geometry/coordinates/1").asDouble();
                    return (x >= -72 || x <= -73) && y >= -40 && y <= -39;
                })
                .map(f -> f.at("/properties/nombre").asString())
                .toList();
        assertThat(expected).isNotEmpty();
        assertThat(StreamSupport.stream(page.get("features").spliterator(), false)
                        .map(f -> f.at("/properties/nombre").asString())
                        .toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        HttpResponse<String> arctic =
                http.get("/collections/centros-urbanos/items?bbox=177,65,-177,70", "application/geo+json");
        assertThat(arctic.statusCode()).isEqualTo(200);
        assertThat(Http.parse(arctic.body()).get("features")).isEmpty();
    }

    @Test
    void attributeEqualityFilters() {
        JsonNode corral = http.json("/collections/comunas/items?nombre=Corral");
        assertThat(ids(corral)).containsExactly("14102");
        JsonNode fndr = http.json("/collections/proyectos-inversion/items?programa=FNDR&limit=100");
        assertThat(fndr.get("numberMatched").asInt()).isBetween(1, 299);
        fndr.get("features")
                .forEach(
                        f -> assertThat(f.at("/properties/programa").asString()).isEqualTo("FNDR"));
        JsonNode illustrative = http.json("/collections/proyectos-inversion/items?ilustrativo=true&limit=1");
        assertThat(illustrative.get("numberMatched").asInt()).isEqualTo(300);
        assertThat(illustrative.get("ilustrativo").asBoolean()).isTrue();
        JsonNode year = http.json("/collections/proyectos-inversion/items?anio_inicio=2010&limit=100");
        year.get("features")
                .forEach(
                        f -> assertThat(f.at("/properties/anio_inicio").asInt()).isEqualTo(2010));
    }

    @Test
    void oneFeatureAsGeoJsonWithLinks() {
        HttpResponse<String> r = http.get("/collections/comunas/items/14102", "application/geo+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        JsonNode f = Http.parse(r.body());
        assertThat(f.get("type").asString()).isEqualTo("Feature");
        assertThat(f.get("id").asString()).isEqualTo("14102");
        assertThat(f.at("/geometry/type").asString()).isEqualTo("MultiPolygon");
        assertThat(rels(f)).contains("self", "alternate", "collection");
        JsonNode project = http.json("/collections/proyectos-inversion/items/1");
        assertThat(project.get("id").asInt()).isEqualTo(1);
        assertThat(project.at("/properties/ilustrativo").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/conformance",
                "/collections",
                "/collections/comunas",
                "/api",
                "/collections/comunas/items",
                "/collections/comunas/items/14101",
                "/collections/proyectos-inversion/items"
            })
    void everyResourceHasAnHtmlEncoding(String path) {
        HttpResponse<String> byParameter = http.get(path + "?f=html", "application/json");
        assertThat(byParameter.statusCode()).isEqualTo(200);
        assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/html");
        assertThat(byParameter.body()).contains("<html", "SIT");
        HttpResponse<String> byAccept = http.get(path, "text/html");
        assertThat(byAccept.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        HttpResponse<String> json = http.get(path + "?f=json", "text/html");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).contains("json");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/collections/no-existe|404|CollectionNotFound",
                "/collections/no-existe/items|404|CollectionNotFound",
                "/collections/comunas/items/99999|404|FeatureNotFound",
                "/collections/proyectos-inversion/items/abc|404|FeatureNotFound",
                "/collections/comunas/items?bbox=1,2,3|400|InvalidParameterValue",
                "/collections/comunas/items?bbox=a,b,c,d|400|InvalidParameterValue",
                "/collections/comunas/items?bbox=-73,-95,-72,-39|400|InvalidParameterValue",
                "/collections/comunas/items?bbox=-73,-39,-72,-40|400|InvalidParameterValue",
                "/collections/comunas/items?limit=-1|400|InvalidParameterValue",
                "/collections/comunas/items?limit=0|400|InvalidParameterValue",
                "/collections/comunas/items?limit=diez|400|InvalidParameterValue",
                "/collections/comunas/items?offset=-5|400|InvalidParameterValue",
                "/collections/comunas/items?datetime=ayer|400|InvalidParameterValue",
                "/collections/comunas/items?poblacion_2017=mucha|400|InvalidParameterValue",
                "/collections/comunas/items?limit=1&limit=2|400|InvalidParameterValue",
                "/collections/comunas/items?desconocido=1|400|InvalidParameter",
                "/collections?desconocido=1|400|InvalidParameter",
                "/collections?f=xml|400|InvalidParameterValue",
                "/no/existe|404|NotFound"
            })
    void badInputGetsAJsonErrorWithTheRightStatus(String path, int status, String code) {
        for (String accept : List.of("application/json", "*/*", "application/json, text/html")) {
            HttpResponse<String> r = http.get(path, accept);
            assertThat(r.statusCode()).as(path + " " + accept).isEqualTo(status);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
            JsonNode error = Http.parse(r.body());
            assertThat(error.get("code").asString()).isEqualTo(code);
            assertThat(error.get("description").asString()).isNotBlank();
            assertThat(r.body()).doesNotContain("Exception", "at cl.sit", "at org.");
        }
        // A browser that opened the address gets the same status and code on a Spanish page.
        HttpResponse<String> page = http.get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.statusCode()).as(path + " as a page").isEqualTo(status);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body())
                .contains("lang=\"es\"", "<code>" + code + "</code>")
                .doesNotContain("Exception", "at cl.sit", "at org.");
    }

    @Test
    void validDatetimeIsAccepted() {
        assertThat(http.get("/collections/comunas/items?datetime=2018-02-12T23:20:50Z")
                        .statusCode())
                .isEqualTo(200);
        assertThat(http.get("/collections/comunas/items?datetime=2010-01-01/..").statusCode())
                .isEqualTo(200);
    }

    List<JsonNode> allFeatures(String collection) {
        List<JsonNode> out = new ArrayList<>();
        String url = "/collections/" + collection + "/items?limit=100";
        while (url != null) {
            JsonNode page = http.json(url);
            page.get("features").forEach(out::add);
            url = link(page, "next");
        }
        return out;
    }

    static String link(JsonNode resource, String rel) {
        for (JsonNode l : resource.get("links")) {
            if (l.get("rel").asString().equals(rel)) {
                return l.get("href").asString();
            }
        }
        return null;
    }

    static List<String> rels(JsonNode resource) {
        List<String> out = new ArrayList<>();
        resource.get("links").forEach(l -> out.add(l.get("rel").asString()));
        return out;
    }

    static List<String> ids(JsonNode collection) {
        List<String> out = new ArrayList<>();
        collection.get("features").forEach(f -> out.add(f.get("id").asString()));
        return out;
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
