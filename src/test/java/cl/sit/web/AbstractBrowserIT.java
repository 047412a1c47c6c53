package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Chromium;
import cl.sit.support.H2gisTestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Pages in a real headless Chromium against the running application (one H2GIS-backed application shared by
 * every browser test class, one browser per class). Needs /usr/bin/chromium and /usr/bin/chromedriver (a skip on
 * a developer's machine, a failure in CI). The driver is started from its path, so Selenium Manager never looks
 * for one on the network. After every test the browser console must hold no SEVERE message from the application
 * (save failed requests the test declares it provokes, see {@link #expectFailedRequest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractBrowserIT {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final Dimension WINDOW = new Dimension(1400, 900);

    static Chromium chromium;
    static ChromeDriver driver;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
        // One base map that never answers (nothing listens on port 9): the pages show their offline background,
        // the same with or without internet, and no test depends on a tile server outside. Given as the variable
        // application.yml reads, so that a test class may set sit.basemaps itself.
        registry.add("SIT_BASEMAPS", () -> UNREACHABLE_BASEMAP);
    }

    static final String UNREACHABLE_BASEMAP = "[{\"id\": \"caido\", \"name\": \"Servidor caído\", \"type\": \"xyz\", "
            + "\"url\": \"http://127.0.0.1:9/{z}/{x}/{y}.png\", \"attribution\": \"Nadie\", \"maxZoom\": 18}]";

    @LocalServerPort
    int port;

    WebDriverWait wait;

    /** Failed requests the running test provokes on purpose (path fragment and HTTP status). */
    private final List<String[]> expectedFailures = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        chromium = Chromium.start();
        driver = chromium.driver();
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void waiter() {
        // Pages re-render lists and tables after a fetch: an element found in one poll may be gone in the
        // next, so a condition that meets a replaced element polls again instead of failing.
        wait = new WebDriverWait(driver, TIMEOUT);
        wait.ignoring(StaleElementReferenceException.class);
        driver.manage().window().setSize(WINDOW);
    }

    @AfterEach
    void noConsoleErrorsFromTheApplication() {
        // Read (and clear) the console after every page, so an error is reported by the test that caused it.
        List<String> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(AbstractBrowserIT::fromApplication)
                .filter(message -> expectedFailures.stream()
                        .noneMatch(f -> message.contains(f[0])
                                && message.contains(
                                        "Failed to load resource: the server responded with a status of " + f[1])))
                .collect(Collectors.toList());
        assertThat(severe).as("SEVERE browser console messages").isEmpty();
    }

    /** Whether a console message is the application's, not a base map's tile server failing to answer. */
    static boolean fromApplication(String message) {
        return !message.contains("tile.openstreetmap.org") && !message.contains("127.0.0.1:9/");
    }

    /**
     * Declares that the page will get HTTP {@code status} from a URL containing {@code path} because the test
     * provokes it (a 422 for an invalid geometry, a 412 for a stale version): Chrome logs every such answer as a
     * SEVERE "Failed to load resource" line, which would otherwise fail the console check. Script errors still do.
     */
    void expectFailedRequest(String path, int status) {
        expectedFailures.add(new String[] {path, Integer.toString(status)});
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens a page and waits until its script says it is ready (body[data-sit-ready]), which must be "true". */
    void open(String path) {
        driver.get(url(path));
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-sit-ready") != null);
        List<WebElement> errors = driver.findElements(By.id("sit-error"));
        assertThat(body().getDomAttribute("data-sit-ready"))
                .as(
                        "page start-up; panel says: %s",
                        errors.isEmpty() ? "" : errors.get(0).getText())
                .isEqualTo("true");
    }

    /** Signs in through the sign-in page (a new session) and waits to leave it. */
    void signIn(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form.sit-form button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    WebElement body() {
        return driver.findElement(By.tagName("body"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Object asyncJs(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    static double number(Object value) {
        return ((Number) value).doubleValue();
    }

    static void screenshot(String name) throws IOException {
        Path file = SCREENSHOTS.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    }

    /**
     * The page printed by Chromium (backgrounds printed, the page's own {@code @page} size), kept in
     * {@code target/screenshots/name}: the PDF's bytes.
     */
    byte[] printToPdf(String name) throws IOException {
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> pdf = (java.util.Map<String, Object>) (Object) driver.executeCdpCommand(
                "Page.printToPDF", java.util.Map.of("printBackground", true, "preferCSSPageSize", true));
        byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), bytes);
        return bytes;
    }

    /**
     * A screenshot of the whole page: the window is made as tall as the document plus the browser's own frame
     * (outer minus inner height), then restored.
     */
    void fullPageScreenshot(String name) throws IOException {
        long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight"
                        + " + Math.max(0, window.outerHeight - window.innerHeight));"))
                .longValue();
        driver.manage().window().setSize(new Dimension(WINDOW.getWidth(), (int) Math.min(height + 20, 8000)));
        try {
            screenshot(name);
        } finally {
            driver.manage().window().setSize(WINDOW);
        }
    }
}
