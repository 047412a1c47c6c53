package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;

/**
 * OGC API Features Part 3 beside the filter, over real HTTP on both stores: queryables (JSON Schema, HTML, ETags),
 * {@code sortby} across pages, {@code properties}, and an editable layer read as of a past moment.
 */
abstract class AbstractQueryablesAndSortingIT extends FilteringItBase {

    @Test
    void sortbyOrdersWithTheIdAsTieBreakerAcrossPages() {
        List<Item> all = all("proyectos-inversion", "");
        Comparator<Item> byProgramme =
                Comparator.comparing(i -> i.text("programa"), Comparator.nullsFirst(Comparator.<String>reverseOrder()));
        Comparator<Item> order = byProgramme
                .thenComparing(
                        i -> i.number("costo_total_clp"), Comparator.nullsLast(Comparator.<Double>naturalOrder()))
                .thenComparing(i -> Long.parseLong(i.id()));
        List<String> expected = all.stream()
                .filter(i -> i.number("anio_inicio") >= 2020)
                .sorted(order)
                .map(Item::id)
                .toList();
        assertThat(expected).hasSizeGreaterThan(40);
        List<String> got = new ArrayList<>();
        String url = "/collections/proyectos-inversion/items?limit=17&sortby=" + enc("-programa,+costo_total_clp")
                + "&filter=" + enc("anio_inicio >= 2020");
        while (url != null) {
            JsonNode page = http.json(url);
            page.get("features").forEach(f -> got.add(f.get("id").asString()));
            url = link(page, "next");
            if (url != null) {
                assertThat(url).contains("sortby=").contains("filter=");
            }
        }
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void propertiesReturnsOnlyTheAttributesAsked() {
        JsonNode page = http.json("/collections/comunas/items?properties=nombre,cut&sortby=nombre&limit=3");
        assertThat(page.get("features")).hasSize(3);
        for (JsonNode f : page.get("features")) {
            assertThat(f.get("properties").propertyNames()).containsExactly("nombre", "cut");
            assertThat(f.get("geometry").isObject()).isTrue();
        }
        assertThat(page.get("features").get(0).get("properties").get("nombre").asString())
                .isEqualTo(all("comunas", "").stream()
                        .map(i -> i.text("nombre"))
                        .sorted()
                        .findFirst()
                        .orElseThrow());
    }

    @Test
    void queryablesAreAJsonSchemaLinkedFromTheCollection() {
        HttpResponse<String> r = http.get("/collections/comunas/queryables", "application/schema+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        JsonNode q = Http.parse(r.body());
        assertThat(q.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(q.get("$id").asString()).isEqualTo(http.base() + "/collections/comunas/queryables");
        assertThat(q.get("type").asString()).isEqualTo("object");
        assertThat(q.get("properties").propertyNames()).contains("cut", "nombre", "poblacion_2017", "geometry");
        assertThat(q.at("/properties/poblacion_2017/type").asString()).isEqualTo("integer");
        assertThat(q.at("/properties/vigente_desde/format").asString()).isEqualTo("date");
        assertThat(q.at("/properties/geometry/format").asString()).isEqualTo("geometry-multipolygon");
        JsonNode collection = http.json("/collections/comunas");
        assertThat(link(collection, "http://www.opengis.net/def/rel/ogc/1.0/queryables"))
                .isEqualTo(http.base() + "/collections/comunas/queryables");
        JsonNode conformance = http.json("/conformance");
        List<String> classes = new ArrayList<>();
        conformance.get("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes)
                .contains(
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
                        "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
                        "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
                        "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
                        "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions");
        JsonNode api = http.json("/api");
        assertThat(api.at("/components/parameters/filter/name").asString()).isEqualTo("filter");
        assertThat(api.has("paths")).isTrue();
        assertThat(api.get("paths").has("/collections/comunas/queryables")).isTrue();
        assertThat(api.at("/components/parameters/filter/description").asString())
                .contains("T_DURING", "INTERVAL");
        assertThat(api.at("/paths/~1collections~1comunas~1queryables/get/responses/200/content")
                        .propertyNames())
                .containsExactlyInAnyOrder("application/schema+json", "text/html");
    }

    @Test
    void queryablesHaveEtagsFollowingTheLayerGeneration() {
        String path = "/collections/comunas/queryables";
        HttpResponse<String> json = http.get(path, "application/schema+json");
        assertThat(json.statusCode()).isEqualTo(200);
        String etag = json.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("weak: compressed for clients that accept it").matches("W/\"[0-9a-f]+\"");
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        HttpResponse<String> again = conditional(path, "application/schema+json", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(conditional(path, "application/schema+json", "\"otra\"").statusCode())
                .isEqualTo(200);
        assertThat(conditional("/collections/provincias/queryables", "application/schema+json", etag)
                        .statusCode())
                .as("another collection")
                .isEqualTo(200);
        String html = conditional(path + "?f=html", "text/html", null)
                .headers()
                .firstValue("ETag")
                .orElseThrow();
        assertThat(html).isNotEqualTo(etag);
        assertThat(conditional(path + "?f=html", "text/html", etag).statusCode())
                .isEqualTo(200);
        assertThat(conditional(path + "?f=html", "text/html", html).statusCode())
                .isEqualTo(304);
        jdbc.update("UPDATE layer_generation SET generation = generation + 1 WHERE layer_id = ?", "comunas");
        HttpResponse<String> changed = conditional(path, "application/schema+json", etag);
        assertThat(changed.statusCode()).as("a new generation of the layer").isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(Http.parse(changed.body())).isEqualTo(Http.parse(json.body()));
    }

    @Test
    void queryablesAsHtmlListEveryPropertyWithAnExampleFilterThatWorks() {
        for (String path : List.of("/collections/comunas/queryables?f=html", "/collections/comunas/queryables")) {
            HttpResponse<String> r = http.get(path, "text/html");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(r.body())
                    .contains(
                            "<html lang=\"es\"",
                            "Consultables: Comunas",
                            "Población Censo 2017",
                            "entero",
                            "fecha",
                            "geometría (multipolygon, CRS84)",
                            "T_AFTER(vigente_desde, DATE(");
        }
        String page =
                http.get("/collections/comunas/queryables?f=html", "text/html").body();
        Matcher links = Pattern.compile("href=\"([^\"]*/items\\?f=html&amp;filter=[^\"]*)\"")
                .matcher(page);
        int examples = 0;
        while (links.find()) {
            String url = HtmlUtils.htmlUnescape(links.group(1)).replace("f=html", "f=json");
            HttpResponse<String> r = http.get(url);
            assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
            examples++;
        }
        assertThat(examples)
                .as("one example per queryable")
                .isEqualTo(http.json("/collections/comunas/queryables")
                        .get("properties")
                        .size());
        assertThat(http.get("/collections/comunas?f=html", "text/html").body())
                .contains("/collections/comunas/queryables?f=html");
    }

    private HttpResponse<String> conditional(String path, String accept, String etag) {
        return etag == null
                ? http.send("GET", path, null, null, null, "Accept", accept)
                : http.send("GET", path, null, null, null, "Accept", accept, "If-None-Match", etag);
    }

    @Test
    void editableLayerReadAsOfAPastMomentIsFilteredSortedAndProjectedInMemory() throws Exception {
        Map<String, String> created = new LinkedHashMap<>();
        String[] uses = {"Bosques", "Humedales", "Bosques", "Praderas y matorrales"};
        for (int n = 0; n < uses.length; n++) {
            double x = -73.392 + n * 0.01;
            String body = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"" + uses[n] + "\"},\"geometry\":"
                    + "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",-39.986],[" + (x + 0.004) + ",-39.986],["
                    + (x + 0.004) + ",-39.982],[" + x + ",-39.982],[" + x + ",-39.986]]]}}";
            HttpResponse<String> r = http.send("POST", LAND_USE, body, "application/geo+json", ADMIN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String location = r.headers().firstValue("Location").orElseThrow();
            created.put(location.substring(location.lastIndexOf('/') + 1), uses[n]);
        }
        Thread.sleep(20);
        String asOf = enc(Instant.now().toString());
        String query = "filter=" + enc("uso <> 'Humedales' AND S_INTERSECTS(geometry, BBOX(-73.4, -40, -73.36, -39.9))")
                + "&sortby=-uso&properties=uso";
        List<String> expected = created.entrySet().stream()
                .filter(e -> !e.getValue().equals("Humedales"))
                .sorted(Map.Entry.<String, String>comparingByValue()
                        .reversed()
                        .thenComparing(e -> Long.parseLong(e.getKey())))
                .map(Map.Entry::getKey)
                .toList();
        assertThat(expected).hasSize(3);
        for (String params : List.of(query, query + "&asOf=" + asOf)) {
            JsonNode page = Http.parse(
                    http.send("GET", LAND_USE + "?" + params, null, null, ADMIN).body());
            List<String> got = new ArrayList<>();
            page.get("features").forEach(f -> {
                got.add(f.get("id").asString());
                assertThat(f.get("properties").propertyNames()).containsExactly("uso");
            });
            assertThat(got).as(params).isEqualTo(expected);
            assertThat(page.get("numberMatched").asInt()).isEqualTo(3);
        }
    }
}
