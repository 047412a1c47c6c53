package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerRegistry;
import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Reading the map (issue 14, point 7): land use drawn by class from its template with a legend of the classes of
 * each visible layer (map, print sheet and editor), an admin recolouring a class from the administration page and
 * the map following, and a choropleth whose colours stand apart from the protected areas drawn over it. Found as
 * a new user: every layer had one colour, and the choropleth's greens read as protected areas.
 */
class SymbologyBrowserIT extends AbstractBrowserIT {

    private static final String ADMIN = "admin-simbologia";
    private static final String PASSWORD = "clave-simbologia-9";
    private static final String LAND_USE = "a21-uso-suelo";
    private static final String[] USES = {"Bosques", "Terrenos agrícolas", "Humedales"};

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerRegistry registry;

    @Autowired
    LayerGenerations generations;

    Http http;
    String originalStyle;

    @BeforeEach
    void landUseInCorral() {
        http = new Http(port);
        if (!users.exists(ADMIN)) {
            users.create(ADMIN, PASSWORD, List.of(Role.ADMIN));
        }
        originalStyle = http.json("/collections/" + LAND_USE).get("style").toString();
        for (int i = 0; i < USES.length; i++) {
            double lon = -73.40 + 0.01 * i;
            String feature = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"" + USES[i] + "\",\"anio\":2024},"
                    + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[" + lon + ",-39.99],[" + (lon + 0.008)
                    + ",-39.99],[" + (lon + 0.008) + ",-39.982],[" + lon + ",-39.982],[" + lon + ",-39.99]]]}}";
            HttpResponse<String> r = http.send(
                    "POST",
                    "/collections/" + LAND_USE + "/items",
                    feature,
                    "application/geo+json",
                    ADMIN + ":" + PASSWORD);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        }
    }

    @AfterEach
    void cleanUp() {
        http.send(
                "PUT", "/api/layers/" + LAND_USE + "/style", originalStyle, "application/json", ADMIN + ":" + PASSWORD);
        String table = registry.find(LAND_USE).orElseThrow().table();
        for (Map<String, Object> f : jdbc.queryForList(
                "SELECT DISTINCT feature_id FROM feature_history WHERE username = ? AND layer_id = ?",
                ADMIN,
                LAND_USE)) {
            jdbc.update("DELETE FROM \"" + table + "\" WHERE \"id\" = ?", f.get("feature_id"));
        }
        jdbc.update("DELETE FROM feature_history WHERE username = ?", ADMIN);
        generations.bump(LAND_USE);
        driver.manage().deleteAllCookies();
    }

    @Test
    void landUseIsDrawnByClassWithTheClassesOfEachVisibleLayerInTheLegend() throws IOException {
        signIn(ADMIN, PASSWORD);
        openMap("/#capas=comunas,areas-protegidas," + LAND_USE + "&mapa=12/-39.986/-73.39");
        wait.until(d -> drawnCount() >= 3);
        JsonNode style = http.json("/collections/" + LAND_USE).get("style");
        assertThat(drawnFills())
                .containsEntry("Bosques", classFill(style, "Bosques"))
                .containsEntry("Terrenos agrícolas", classFill(style, "Terrenos agrícolas"))
                .containsEntry("Humedales", classFill(style, "Humedales"));
        assertThat(classFill(style, "Bosques")).isNotEqualTo(classFill(style, "Terrenos agrícolas"));

        WebElement item = driver.findElement(By.cssSelector(".sit-legend-item[data-collection='" + LAND_USE + "']"));
        List<WebElement> classes = item.findElements(By.cssSelector(".sit-legend-class"));
        assertThat(classes).hasSize(9 + 1);
        assertThat(classes.get(3).getText()).isEqualTo("Bosques");
        assertThat(classes.get(3).isDisplayed()).isTrue();
        assertThat(classes.get(9).getText()).isEqualTo("Otros valores o sin dato");
        assertThat(item.findElement(By.cssSelector(".sit-legend-classes")).getDomAttribute("aria-label"))
                .isEqualTo("Uso de suelo (Agenda 21) por Uso");
        // The swatch shows the class's colour.
        assertThat(classes.get(3).findElement(By.cssSelector(".sit-swatch")).getCssValue("background-color"))
                .isEqualTo("rgba(56, 142, 60, 1)");
        js("arguments[0].scrollIntoView({block: 'center'});", item);
        screenshot("mapa-simbologia.png");
        // The print sheet's legend carries the classes too.
        js("sitMap.print.show({title: 'Uso de suelo', paper: 'A4', orientation: 'horizontal'});");
        wait.until(d -> body().getDomAttribute("data-sit-print") != null);
        assertThat(driver.findElements(By.cssSelector(".sit-print-legend .sit-legend-class")).stream()
                        .map(WebElement::getText))
                .contains("Bosques", "Humedales");
        js("sitMap.print.close();");
        // A hidden layer's classes leave the legend.
        item.findElement(By.cssSelector(".sit-legend-toggle")).click();
        wait.until(d -> !classes.get(3).isDisplayed());

        driver.manage().window().setSize(new Dimension(390, 844));
        try {
            openMap("/#capas=comunas," + LAND_USE + "&mapa=12/-39.986/-73.39");
            wait.until(d -> drawnCount() >= 3);
            screenshot("mapa-simbologia-movil.png");
        } finally {
            driver.manage().window().setSize(WINDOW);
        }

        // The editor draws and lists the same classes.
        driver.get(url("/editor#capa=" + LAND_USE + "&comuna=14102"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        wait.until(d -> d.findElements(By.cssSelector("#sit-feature-list li")).size() >= 3);
        assertThat(driver.findElements(By.cssSelector("#sit-editor-legend .sit-legend-class")))
                .hasSize(10);
        assertThat(driver.findElements(By.cssSelector(".leaflet-overlay-pane path")).stream()
                        .map(p -> p.getDomAttribute("fill")))
                .contains(classFill(style, "Bosques"), classFill(style, "Humedales"));
        screenshot("editor-simbologia.png");
    }

    @Test
    void anAdminRecoloursAClassAndTheMapFollows() throws IOException {
        signIn(ADMIN, PASSWORD);
        driver.get(url("/administracion"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-layers-ready")));
        WebElement row = driver.findElement(By.cssSelector("#sit-layers tr[data-layer='" + LAND_USE + "']"));
        assertThat(row.getText()).contains("Polígonos", "por Uso: 9 clases", "0 de 12 comunas publicadas");
        row.findElement(By.cssSelector("button")).click();
        wait.until(d ->
                d.findElements(By.cssSelector("#sit-style-classes tbody tr")).size() == 9);
        assertThat(new Select(driver.findElement(By.id("sit-style-attribute")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Uso");
        WebElement forest = driver.findElement(By.cssSelector("#sit-style-classes tr[data-value='Bosques'] input"));
        assertThat(forest.getDomProperty("value")).isEqualTo("#388e3c");
        js("arguments[0].value = '#004d40'; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", forest);
        fullPageScreenshot("administracion-simbologia.png");
        driver.findElement(By.id("sit-style-save")).click();
        wait.until(d -> driver.findElement(By.id("sit-admin-status")).getText().contains("guardada"));
        assertThat(classFill(http.json("/collections/" + LAND_USE).get("style"), "Bosques"))
                .isEqualTo("#004d40");
        assertThat(classFill(http.json("/collections/" + LAND_USE).get("style"), "Humedales"))
                .isEqualTo("#4db6ac");

        // Classing by another attribute: the values found in the features (anio has no domain).
        new Select(driver.findElement(By.id("sit-style-attribute"))).selectByVisibleText("Año del levantamiento");
        wait.until(d ->
                d.findElements(By.cssSelector("#sit-style-classes tbody tr")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#sit-style-classes tbody tr"))
                        .getText())
                .contains("2024");
        new Select(driver.findElement(By.id("sit-style-attribute"))).selectByVisibleText("Uso");
        wait.until(d ->
                d.findElements(By.cssSelector("#sit-style-classes tbody tr")).size() == 9);

        openMap("/#capas=comunas," + LAND_USE + "&mapa=12/-39.986/-73.39");
        wait.until(d -> drawnCount() >= 3);
        assertThat(drawnFills()).containsEntry("Bosques", "#004d40");
    }

    /**
     * The administration page's form lists the templates by their Spanish title ({@code titulo} of
     * {@code GET /api/layers/templates}) and creates a layer with the Spanish body ({@code plantilla, id, titulo}).
     */
    @Test
    void anAdminCreatesALayerFromATemplateOnThePage() {
        String id = "t-residuos-pagina";
        dropLayer(id);
        try {
            signIn(ADMIN, PASSWORD);
            driver.get(url("/administracion"));
            wait.until(d -> "true".equals(body().getDomAttribute("data-sit-layers-ready")));
            wait.until(d -> new Select(d.findElement(By.id("sit-layer-template")))
                            .getOptions()
                            .size()
                    == 7);
            new Select(driver.findElement(By.id("sit-layer-template"))).selectByValue("a21-residuos");
            String template = new Select(driver.findElement(By.id("sit-layer-template")))
                    .getFirstSelectedOption()
                    .getText();
            String expected = null;
            for (JsonNode t : http.json("/api/layers/templates")) {
                if (t.get("id").asString().equals("a21-residuos")) {
                    expected = t.get("titulo").asString();
                }
            }
            assertThat(template).isNotBlank().isEqualTo(expected);
            driver.findElement(By.id("sit-layer-id")).sendKeys(id);
            driver.findElement(By.id("sit-layer-title")).sendKeys("Residuos de la página");
            driver.findElement(By.cssSelector("#sit-new-layer button[type=submit]"))
                    .click();
            wait.until(
                    d -> driver.findElement(By.id("sit-admin-status")).getText().contains("creada"));
            assertThat(driver.findElement(By.id("sit-admin-status")).getText())
                    .contains("Capa «Residuos de la página» creada");
            assertThat(registry.find(id).orElseThrow().title()).isEqualTo("Residuos de la página");
            wait.until(d -> !d.findElements(By.cssSelector("#sit-layers tr[data-layer='" + id + "']"))
                    .isEmpty());
        } finally {
            dropLayer(id);
        }
    }

    private void dropLayer(String id) {
        jdbc.update("DELETE FROM layer_generation WHERE layer_id = ?", id);
        jdbc.update("DELETE FROM layer WHERE id = ?", id);
        jdbc.execute("DROP TABLE IF EXISTS capa_" + id.replace('-', '_'));
        registry.refresh();
    }

    @Test
    void theChoroplethStandsApartFromTheProtectedAreasAndAboveTheBaseMap() throws IOException {
        open("/");
        wait.until(d -> body().getDomAttribute("data-sit-features-areas-protegidas") != null);
        driver.findElement(By.cssSelector(".sit-tab[data-tab='indicadores']")).click();
        wait.until(d -> body().getDomAttribute("data-sit-choropleth") != null);
        wait.until(d -> !d.findElements(By.cssSelector("path.sit-choropleth")).isEmpty());
        @SuppressWarnings("unchecked")
        List<String> classes = (List<String>) js("return Array.from(new Set(Array.from("
                + "document.querySelectorAll('path.sit-choropleth')).map(function (p) {"
                + " return p.getAttribute('fill'); })));");
        @SuppressWarnings("unchecked")
        List<String> protectedAreas = (List<String>) js("return Array.from(new Set(Array.from("
                + "document.querySelectorAll('path.sit-f-areas-protegidas')).map(function (p) {"
                + " return p.getAttribute('fill'); })));");
        assertThat(classes).hasSizeGreaterThanOrEqualTo(3);
        assertThat(protectedAreas).isNotEmpty();
        for (String c : classes) {
            for (String p : protectedAreas) {
                // CIE76 colour difference: above 25 two colours are read as different hues at a glance.
                assertThat(deltaE(c, p))
                        .as("%s against the protected areas' %s", c, p)
                        .isGreaterThan(25);
            }
        }
        int choropleth = Integer.parseInt(driver.findElement(By.cssSelector(".leaflet-sit-pane-coropleta-pane"))
                .getCssValue("z-index"));
        int tiles = Integer.parseInt(
                driver.findElement(By.cssSelector(".leaflet-tile-pane")).getCssValue("z-index"));
        assertThat(choropleth).isGreaterThan(tiles);
        screenshot("mapa-coropleta-paleta.png");
    }

    /**
     * Opens the map at an address whose hash names the view. Signing in lands on the map, and a navigation that
     * changes only the hash does not load the page again: leave it first.
     */
    private void openMap(String path) {
        driver.get("about:blank");
        open(path);
    }

    /** Land-use features drawn (other test classes sharing the database may have left some of their own). */
    private int drawnCount() {
        String n = body().getDomAttribute("data-sit-features-" + LAND_USE);
        return n == null ? -1 : Integer.parseInt(n);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> drawnFills() {
        return (Map<String, String>) js("var out = {}; sitMap.layers['" + LAND_USE + "'].eachLayer(function (l) {"
                + " out[l.feature.properties.uso] = l.options.fillColor; }); return out;");
    }

    private static String classFill(JsonNode style, String value) {
        for (JsonNode c : style.at("/categories/values")) {
            if (c.get("value").asString().equals(value)) {
                return c.get("fillColor").asString();
            }
        }
        throw new AssertionError("no class " + value);
    }

    /** CIE76 ΔE between two sRGB colours (#rrggbb), through CIELAB with the D65 white. */
    static double deltaE(String a, String b) {
        double[] x = lab(a);
        double[] y = lab(b);
        return Math.sqrt(Math.pow(x[0] - y[0], 2) + Math.pow(x[1] - y[1], 2) + Math.pow(x[2] - y[2], 2));
    }

    private static double[] lab(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
