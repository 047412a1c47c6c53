package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Ci;
import cl.sit.support.H2gisTestDatabase;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map page in a real headless Chromium against the running application: layers drawn, commune labels,
 * the illustrative-data notice, the commune list, clicks on the map, lazy layers and HTML escaping in
 * popups. Needs /usr/bin/chromium and /usr/bin/chromedriver (a skip on a developer's machine, a failure in
 * CI). The driver is started from its path, so Selenium Manager never looks for one on the network.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MapPageBrowserIT {

    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path profile;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() throws IOException {
        Ci.require(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "Chromium and chromedriver");
        profile = Files.createTempDirectory("sit-chromium-");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1400,900", "--user-data-dir=" + profile);
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            deleteRecursively(profile);
        }
    }

    @BeforeEach
    void openMap() {
        wait = new WebDriverWait(driver, TIMEOUT);
        driver.get("http://localhost:" + port + "/");
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-sit-ready") != null);
        assertThat(body().getDomAttribute("data-sit-ready"))
                .as("map start-up; panel says: %s", driver.findElement(By.id("sit-error")).getText())
                .isEqualTo("true");
    }

    @AfterEach
    void noConsoleErrorsFromTheApplication() {
        // Read (and clear) the console after every page, so an error is reported by the test that caused it.
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("tile.openstreetmap.org"))
                .collect(Collectors.toList());
        assertThat(severe).as("SEVERE browser console messages").isEmpty();
    }

    @Test
    void drawsTheTwelveCommunesWithTheirNamesAndTheIllustrativeNotice() throws IOException {
        assertThat(number(js("return window.sitMap.layers['comunas'].getLayers().length;"))).isEqualTo(12);
        assertThat(body().getDomAttribute("data-sit-features-comunas")).isEqualTo("12");
        assertThat(body().getDomAttribute("data-sit-features-proyectos-inversion")).isEqualTo("300");

        List<String> labels = driver.findElements(By.cssSelector(".sit-label")).stream()
                .map(WebElement::getText).collect(Collectors.toList());
        assertThat(labels).hasSize(12).contains("Valdivia", "Corral", "Río Bueno", "Panguipulli");

        WebElement notice = driver.findElement(By.id("sit-illustrative-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText())
                .contains("Los proyectos de inversión son datos ilustrativos generados por SIT, no datos reales");
        assertThat(driver.findElement(By.id("sit-error")).isDisplayed()).isFalse();

        // Every collection with geometry has a legend entry; hidden layers are not fetched until shown.
        assertThat(driver.findElements(By.cssSelector("#sit-legend .sit-legend-item"))).hasSize(9);
        assertThat(body().getDomAttribute("data-sit-features-zonas-censales")).isNull();
        screenshot("mapa.png");
    }

    @Test
    void theCommuneListFiltersByNameAndOpensTheCommunePopup() {
        WebElement search = driver.findElement(By.id("sit-commune-search"));
        search.sendKeys("rio");   // accents are ignored: finds Río Bueno
        assertThat(visibleCommuneButtons()).containsExactly("Río Bueno");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(visibleCommuneButtons()).hasSize(12);

        driver.findElement(By.cssSelector("button.sit-commune[data-commune-id='14102']")).click();
        WebElement popup = openPopup();
        assertThat(popup.getText()).contains("Corral", "14102", "Código CUT", "Población Censo 2017");
        assertThat(popup.findElement(By.linkText("Ver ficha (HTML)")).getDomAttribute("href"))
                .endsWith("/collections/comunas/items/14102?f=html");
    }

    @Test
    void clickingACommuneOnTheMapOpensItsPopup() throws IOException {
        // The centre of a commune label where the commune's own polygon is the topmost thing under the pointer.
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) js(String.join("\n",
                "var box = window.sitMap.map.getContainer().getBoundingClientRect();",
                "var labels = document.querySelectorAll('.sit-label');",
                "for (var i = 0; i < labels.length; i++) {",
                "  var r = labels[i].getBoundingClientRect(), x = r.left + r.width / 2, y = r.top + r.height / 2;",
                "  var hit = document.elementFromPoint(x, y);",
                "  if (hit && hit.classList.contains('sit-f-comunas')) {",
                "    return {name: labels[i].textContent, dx: x - box.left - box.width / 2,",
                "            dy: y - box.top - box.height / 2};",
                "  }",
                "}",
                "return null;"));
        assertThat(target).as("a commune label over its own polygon").isNotNull();

        new Actions(driver)
                .moveToElement(driver.findElement(By.id("sit-map")),
                        (int) Math.round(number(target.get("dx"))), (int) Math.round(number(target.get("dy"))))
                .click()
                .perform();
        WebElement popup = openPopup();
        assertThat(popup.findElement(By.cssSelector(".sit-popup-title")).getText()).isEqualTo(target.get("name"));
        assertThat(popup.findElement(By.cssSelector(".sit-popup-layer")).getText()).isEqualTo("Comunas");
        screenshot("mapa-popup.png");
    }

    @Test
    void hiddenLayersLoadWhenSwitchedOnAndTheLegendFollowsTheLayerControl() {
        WebElement legendEntry = driver.findElement(By.cssSelector("#sit-legend [data-collection='zonas-censales']"));
        WebElement legendToggle = legendEntry.findElement(By.cssSelector("input[type=checkbox]"));
        assertThat(legendToggle.isSelected()).isFalse();

        legendToggle.click();
        wait.until(d -> "87".equals(body().getDomAttribute("data-sit-features-zonas-censales")));
        assertThat(number(js("return window.sitMap.layers['zonas-censales'].getLayers().length;"))).isEqualTo(87);
        assertThat(legendEntry.getDomAttribute("class")).doesNotContain("is-off");

        // Leaflet's own control (collapsed until hovered) shows the same state and can switch it off again.
        new Actions(driver).moveToElement(driver.findElement(By.cssSelector(".leaflet-control-layers"))).perform();
        WebElement controlEntry = wait.until(d -> d.findElements(
                        By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                .filter(label -> label.isDisplayed() && label.getText().startsWith("Zonas censales"))
                .findFirst().orElse(null));
        WebElement controlToggle = controlEntry.findElement(By.tagName("input"));
        assertThat(controlToggle.isSelected()).isTrue();
        controlToggle.click();
        wait.until(d -> !legendToggle.isSelected());
        assertThat(legendEntry.getDomAttribute("class")).contains("is-off");
        assertThat(js("return window.sitMap.map.hasLayer(window.sitMap.layers['zonas-censales']);")).isEqualTo(false);
    }

    @Test
    void popupsShowFeatureTextAsTextNeverAsMarkup() {
        String name = "<img src=x onerror=\"window.sitXss = true\">";
        js("var layers = window.sitMap.layers['proyectos-inversion'];"
                + "layers.addData({type: 'Feature', id: 999999, geometry: {type: 'Point', coordinates: [-72.9, -39.9]},"
                + " properties: {nombre: arguments[0], costo_total_clp: 1234567, ilustrativo: true}});"
                + "var all = layers.getLayers(); all[all.length - 1].openPopup();", name);
        WebElement popup = openPopup();
        assertThat(popup.findElement(By.cssSelector(".sit-popup-title")).getText()).isEqualTo(name);
        assertThat(popup.findElements(By.tagName("img"))).isEmpty();
        assertThat(popup.getText()).contains("1.234.567", "Sí");
        assertThat(js("return window.sitXss === true;")).isEqualTo(false);
    }

    /** The open popup once it has faded in (Leaflet animates its opacity) and shows its title. */
    private WebElement openPopup() {
        return wait.until(d -> d.findElements(By.cssSelector(".leaflet-popup-content")).stream()
                .filter(popup -> !popup.findElements(By.cssSelector(".sit-popup-title")).isEmpty()
                        && !popup.findElement(By.cssSelector(".sit-popup-title")).getText().isEmpty())
                .findFirst().orElse(null));
    }

    private WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    private List<String> visibleCommuneButtons() {
        return driver.findElements(By.cssSelector("#sit-commune-list button.sit-commune")).stream()
                .filter(WebElement::isDisplayed)
                .map(button -> button.findElement(By.cssSelector(".sit-commune-name")).getText())
                .collect(Collectors.toList());
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    private static void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(path);
            }
        }
    }
}
