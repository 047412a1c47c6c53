package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import tools.jackson.databind.JsonNode;

/**
 * The investment layer drawn from vector tiles: no GeoJSON download of the collection, lines drawn as thin lines,
 * a click asks the server and opens the project's popup, the search finds by name and BIP code, and the page's own
 * MVT decoder (mvt.js on the pbf webjar) reads tiles as the Java reader does.
 */
class InvestmentTilesBrowserIT extends AbstractBrowserIT {

    /**
     * Decodes a tile with the page's mvt.js and describes each feature as the test describes the Java reader's:
     * "id cut" to "type points minX,minY,maxX,maxY {properties}".
     */
    private static final String DECODE = """
            var done = arguments[arguments.length - 1];
            var path = arguments[0], root = arguments[1], name = arguments[2];
            Promise.all([import(root + '/js/mvt.js'), fetch(root + path).then(function (r) {
              return r.arrayBuffer();
            })]).then(function (both) {
              var layer = both[0].decode(both[1])[name], out = {};
              layer.features.forEach(function (f) {
                var xs = [], ys = [], n = 0;
                f.geometry.forEach(function (part) {
                  part.forEach(function (p) { xs.push(p[0]); ys.push(p[1]); n++; });
                });
                var props = Object.assign({}, f.properties);
                var id = props.id !== undefined ? props.id : f.id === undefined ? null : f.id;
                delete props.id;
                var text = Object.keys(props).sort().map(function (k) { return k + '=' + props[k]; });
                out[String(id) + ' ' + (props.cut || '')] = f.type + ' ' + n + ' '
                    + Math.min.apply(null, xs) + ',' + Math.min.apply(null, ys) + ','
                    + Math.max.apply(null, xs) + ',' + Math.max.apply(null, ys) + ' {' + text.join(', ') + '}';
              });
              done(out);
            }).catch(function (e) { done({error: String(e)}); });
            """;

    @Test
    void theLayerIsDrawnFromTilesWithoutDownloadingTheCollection() throws IOException {
        open("/");
        waitForTiles();
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>)
                js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(requests)
                .anyMatch(r -> r.contains("/tiles/proyectos-inversion/") && r.contains(".mvt?compacto=true"));
        assertThat(requests).noneMatch(r -> r.contains("/collections/proyectos-inversion/items"));
        assertThat(number(js("var n = 0; document.querySelectorAll('canvas.sit-investment-tile').forEach("
                        + "function (c) { n += Number(c.getAttribute('data-sit-points') || 0); }); return n;")))
                .as("points drawn at the regional view")
                .isPositive();
        assertThat(body().getDomAttribute("data-sit-features-proyectos-inversion"))
                .isEqualTo("300");
        screenshot("mapa-inversion-teselas.png");
    }

    @Test
    void aLineProjectIsDrawnAsAThinLine() {
        JsonNode line = firstOf("LineString");
        JsonNode coordinates = line.at("/geometry/coordinates");
        JsonNode vertex = coordinates.get(coordinates.size() / 2);
        open("/");
        js(
                "window.sitMap.map.setView([arguments[1], arguments[0]], 15, {animate: false});",
                vertex.get(0).asDouble(),
                vertex.get(1).asDouble());
        waitForTiles();
        // The tile under the vertex: it holds a line, paints the vertex and leaves most of itself transparent.
        @SuppressWarnings("unchecked")
        Map<String, Object> probe = (Map<String, Object>) js(
                "var map = window.sitMap.map;"
                        + "var p = map.latLngToContainerPoint([arguments[1], arguments[0]]);"
                        + "var box = map.getContainer().getBoundingClientRect();"
                        + "var x = box.left + p.x, y = box.top + p.y, out = null;"
                        + "document.querySelectorAll('canvas.sit-investment-tile').forEach(function (c) {"
                        + "  var r = c.getBoundingClientRect();"
                        + "  if (x < r.left || x >= r.right || y < r.top || y >= r.bottom) { return; }"
                        + "  var k = c.width / r.width, ctx = c.getContext('2d'), near = 0;"
                        + "  var px = Math.round((x - r.left) * k) - 2, py = Math.round((y - r.top) * k) - 2;"
                        + "  var d = ctx.getImageData(px, py, 5, 5).data;"
                        + "  for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { near++; } }"
                        + "  var all = ctx.getImageData(0, 0, c.width, c.height).data, painted = 0;"
                        + "  for (var j = 3; j < all.length; j += 4) { if (all[j] > 0) { painted++; } }"
                        + "  out = {lines: Number(c.getAttribute('data-sit-lines')), near: near,"
                        + "    share: painted / (c.width * c.height)};"
                        + "});"
                        + "return out;",
                vertex.get(0).asDouble(),
                vertex.get(1).asDouble());
        assertThat(probe).as("a tile under the line's vertex").isNotNull();
        assertThat(number(probe.get("lines"))).isPositive();
        assertThat(number(probe.get("near"))).as("pixels painted at the vertex").isPositive();
        assertThat(number(probe.get("share")))
                .as("share of the tile painted: a line, not a band")
                .isLessThan(0.1);
    }

    @Test
    void aClickNearAProjectOpensItsPopup() {
        JsonNode point = firstOf("Point");
        double lon = point.at("/geometry/coordinates/0").asDouble();
        double lat = point.at("/geometry/coordinates/1").asDouble();
        open("/");
        // Only this layer: a commune's label (a marker) would take the click for itself.
        js(
                "var layers = window.sitMap.layers; Object.keys(layers).forEach(function (id) {"
                        + " if (id !== 'proyectos-inversion') { window.sitMap.map.removeLayer(layers[id]); } });"
                        + "window.sitMap.map.setView([arguments[1], arguments[0]], 16, {animate: false});",
                lon,
                lat);
        waitForTiles();
        WebElement map = driver.findElement(By.id("sit-map"));
        @SuppressWarnings("unchecked")
        Map<String, Object> offset = (Map<String, Object>) js(
                "var map = window.sitMap.map;"
                        + "var p = map.latLngToContainerPoint([arguments[1], arguments[0]]), s = map.getSize();"
                        + "return {x: Math.round(p.x - s.x / 2) + 3, y: Math.round(p.y - s.y / 2) - 2};",
                lon,
                lat);
        new Actions(driver)
                .moveToElement(map, (int) number(offset.get("x")), (int) number(offset.get("y")))
                .click()
                .perform();
        String name = point.at("/properties/nombre").asString();
        wait.until(d -> popupTitle().equals(name));
        WebElement popup = driver.findElement(By.cssSelector(".leaflet-popup-content"));
        assertThat(popup.getText()).contains("Proyectos de inversión");
        assertThat(popup.findElement(By.cssSelector("a.sit-popup-link")).getDomAttribute("href"))
                .endsWith("/inversion/proyectos/" + point.get("id").asInt());
        if (point.at("/properties/ilustrativo").asBoolean()) {
            assertThat(popup.getText()).contains("Dato ilustrativo");
        }
    }

    @Test
    void theSearchFindsAProjectByNameAndByBipCodeAndOpensIt() {
        // A point, so that opening it zooms in close (a line or polygon is fitted whole, wider for a long one).
        JsonNode project = projects().stream()
                .filter(p -> p.at("/properties/codigo_bip").isString())
                .filter(p -> "Point".equals(p.at("/geometry/type").asString()))
                .findFirst()
                .orElseThrow();
        String name = project.at("/properties/nombre").asString();
        String bip = project.at("/properties/codigo_bip").asString();
        open("/");
        driver.findElement(By.cssSelector(".sit-tab[data-tab='inversion']")).click();
        WebElement input = driver.findElement(By.id("sit-project-q"));
        assertThat(driver.findElement(By.cssSelector("label[for='sit-project-q']"))
                        .getText())
                .isEqualTo("Nombre o código BIP");
        // By name, lower case and without accents; chosen with the keyboard.
        input.sendKeys(
                Normalizer.normalize(name, Normalizer.Form.NFD)
                        .replaceAll("\\p{M}", "")
                        .toLowerCase(Locale.ROOT),
                Keys.ENTER);
        wait.until(d -> resultNames().contains(name));
        input.sendKeys(Keys.ARROW_DOWN);
        int index = resultNames().indexOf(name);
        for (int i = 0; i < index; i++) {
            driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        }
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait.until(d -> popupTitle().equals(name));
        assertThat(number(js("return window.sitMap.map.getZoom();"))).isGreaterThanOrEqualTo(11);

        js("window.sitMap.map.closePopup();");
        input.clear();
        input.sendKeys(" ", Keys.BACK_SPACE); // an emptied box empties the list (after its pause)
        wait.until(d ->
                d.findElements(By.cssSelector("#sit-project-results button")).isEmpty());
        input.sendKeys(bip, Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#sit-project-results .sit-project-result-meta"))
                        .isEmpty()
                && d.findElement(By.cssSelector("#sit-project-results .sit-project-result-meta"))
                        .getText()
                        .startsWith("BIP " + bip));
        driver.findElement(By.cssSelector("#sit-project-results button")).click();
        wait.until(d -> popupTitle().equals(name));

        input.clear();
        input.sendKeys("zzz-ningún-proyecto", Keys.ENTER);
        wait.until(
                d -> d.findElement(By.id("sit-project-search-status")).getText().equals("Ningún proyecto coincide."));
    }

    @Test
    void thePageDecodesTilesAsTheJavaReaderDoes() throws IOException {
        open("/");
        for (String path : List.of(
                "/tiles/comunas/" + tile(8, -73.2458, -39.8142) + ".mvt",
                "/tiles/proyectos-inversion/" + tile(5, -73.0, -40.0) + ".mvt?compacto=true",
                "/tiles/proyectos-inversion/" + tile(9, -73.2458, -39.8142) + ".mvt")) {
            byte[] bytes = new Http(port).bytes(path, null).body();
            String layerName = path.split("/")[2];
            Map<String, String> expected = new TreeMap<>();
            for (Geometry g : MvtReader.loadMvt(
                            new ByteArrayInputStream(bytes),
                            new GeometryFactory(),
                            new TagKeyValueMapConverter(false, "id"))
                    .getLayersByName()
                    .get(layerName)
                    .getGeometries()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> tags = new TreeMap<>((Map<String, Object>) g.getUserData());
                Envelope e = g.getEnvelopeInternal();
                String type = g.getGeometryType().replace("Multi", "");
                expected.put(
                        String.valueOf(tags.remove("id")) + " " + tags.getOrDefault("cut", ""),
                        type + " " + g.getNumPoints() + " " + (long) e.getMinX() + "," + (long) e.getMinY() + ","
                                + (long) e.getMaxX() + "," + (long) e.getMaxY() + " " + tags);
            }
            assertThat(expected).as(path).isNotEmpty();
            @SuppressWarnings("unchecked")
            Map<String, String> decoded = (Map<String, String>) asyncJs(DECODE, path, url(""), layerName);
            assertThat(decoded).as(path).isEqualTo(expected);
        }
    }

    /** z/x/y of the Web Mercator tile that holds a point. */
    static String tile(int z, double lon, double lat) {
        double n = Math.pow(2, z);
        double phi = Math.toRadians(lat);
        int x = (int) Math.floor((lon + 180) / 360 * n);
        int y = (int) Math.floor((1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2 * n);
        return z + "/" + x + "/" + y;
    }

    private void waitForTiles() {
        wait.until(d -> body().getDomAttribute("data-sit-investment-tiles") != null
                && "false".equals(body().getDomAttribute("data-sit-investment-loading")));
    }

    private String popupTitle() {
        List<WebElement> titles = driver.findElements(By.cssSelector(".leaflet-popup-content .sit-popup-title"));
        return titles.isEmpty() ? "" : titles.get(0).getText();
    }

    private List<String> resultNames() {
        return driver.findElements(By.cssSelector("#sit-project-results .sit-project-result-name")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private List<JsonNode> projects() {
        List<JsonNode> out = new ArrayList<>();
        new Http(port)
                .json("/collections/proyectos-inversion/items?f=json&limit=10000")
                .get("features")
                .forEach(out::add);
        return out;
    }

    private JsonNode firstOf(String type) {
        return projects().stream()
                .filter(f -> f.at("/geometry/type").asString().equals(type))
                .findFirst()
                .orElseThrow();
    }
}
