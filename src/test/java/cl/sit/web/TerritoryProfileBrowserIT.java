package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.profile.ProfileView;
import cl.sit.support.Http;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The territory profile page (ficha) of a commune and of the region as a user sees it: figures equal to the JSON
 * profile, the yearly chart drawn, the top projects, the alerts (each ok, alert or "no disponible", never
 * stuck), the CSV link and the print layout (also saved as PDF).
 */
class TerritoryProfileBrowserIT extends AbstractBrowserIT {

    @Test
    void theProfileOfValdiviaShowsWhatItsJsonSays() throws IOException {
        JsonNode json = new Http(port).json("/api/territories/14101/profile");
        open("/territorios/14101");

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Valdivia");
        assertThat(driver.findElement(By.cssSelector(".sit-breadcrumb")).getText())
                .contains("Región de Los Ríos", "Provincia de Valdivia");
        assertThat(driver.findElement(By.id("kpi-poblacion")).getText())
                .isEqualTo(ProfileView.of(null)
                        .integer(json.get("poblacion")
                                .get("proyeccion")
                                .get("poblacion")
                                .asLong()));
        assertThat(driver.findElement(By.id("pob-censo")).getText()).isEqualTo("166.080");
        assertThat(driver.findElement(By.id("kpi-total")).getText()).startsWith("MM$ ");
        assertThat(driver.findElement(By.cssSelector(".sit-coverage[data-kind='protegidas'] .sit-coverage-value"))
                        .getText())
                .endsWith(" %");

        // The chart is drawn from the series in the page and its total matches the profile's.
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-chart")));
        // The page asks only for what it shows: no indicator table of every unit, the territory's first page of
        // each alert list.
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        @SuppressWarnings("unchecked")
        List<String> fetched = (List<String>)
                js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(fetched).noneMatch(u -> u.contains("/api/indicators"));
        assertThat(fetched)
                .filteredOn(u -> u.contains("/api/investments/reconciliation"))
                .singleElement()
                .asString()
                .contains("territorio=14101", "limit=8");
        assertThat(number(js("return document.getElementById('sit-chart').getBoundingClientRect().height;")))
                .isGreaterThan(200);
        assertThat(driver.findElement(By.id("sit-chart-status")).getText())
                .contains("programado "
                        + ProfileView.of(null)
                                .millions(json.get("inversion").get("total_clp").asDouble()));

        List<WebElement> top = driver.findElements(By.cssSelector("#sit-top-projects tbody tr"));
        assertThat(top).hasSize(10);
        assertThat(top.get(0).getDomAttribute("data-id"))
                .isEqualTo(json.get("proyectos_principales").get(0).get("id").asString());

        Map<String, String> alerts = driver.findElements(By.cssSelector(".sit-alert")).stream()
                .collect(Collectors.toMap(a -> a.getDomAttribute("id"), a -> a.getDomAttribute("data-state")));
        assertThat(alerts).containsOnlyKeys("alert-screening", "alert-overlaps", "alert-reconciliation");
        assertThat(alerts.values())
                .allMatch(state -> List.of("ok", "alert", "unavailable").contains(state));
        // The seed has projects inside protected areas, overlapping programmes and projects partly outside.
        assertThat(alerts)
                .containsEntry("alert-screening", "alert")
                .containsEntry("alert-overlaps", "alert")
                .containsEntry("alert-reconciliation", "alert");
        assertThat(driver.findElement(By.id("alert-screening")).getText()).contains("dentro", "Curiñanco");
        // Overlaps: the first page only, with the server's counts and Spanish reason labels.
        assertThat(driver.findElement(By.id("alert-overlaps")).getText())
                .contains("se superponen en espacio y tiempo", "años que se superponen");
        assertThat(driver.findElements(By.cssSelector("#alert-overlaps li"))).hasSizeBetween(1, 9);
        onlyFirstPagesOfTheAlerts();
        assertThat(driver.findElement(By.cssSelector("#alert-overlaps .sit-more-link"))
                        .getDomAttribute("href"))
                .contains("/api/overlaps?territorio=14101&limit=100");

        assertThat(driver.findElement(By.id("sit-csv")).getDomAttribute("href"))
                .endsWith("/api/territories/14101/profile?f=csv&desde=2003&hasta=2026&monto=programado");

        // The commune's Agenda 21 cartography: the 7 layers with their count and review status.
        List<WebElement> layers = driver.findElements(By.cssSelector(".sit-agenda21 tbody tr"));
        assertThat(layers).hasSize(7);
        assertThat(layers.get(0).getDomAttribute("data-layer")).isEqualTo("a21-uso-suelo");
        assertThat(layers.get(0).findElement(By.cssSelector(".sit-a21-badge")).getText())
                .isIn("borrador", "revisión", "publicado");
        fullPageScreenshot("ficha-valdivia.png");
    }

    /** A former unit's chart asks for the unit set of its last day, so it shows the same total as its profile. */
    @Test
    void theFormerProvinciaDeValdiviaDrawsItsChartWithItsProfilesTotal() {
        JsonNode json = new Http(port).json("/api/territories/105@..2007-10-02/profile?from=2003&to=2006");
        assertThat(json.get("inversion").get("total_clp").asDouble()).isPositive();
        open("/territorios/105@..2007-10-02?from=2003&to=2006");
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-chart")));
        assertThat(driver.findElement(By.id("sit-chart-status")).getText())
                .contains("programado "
                        + ProfileView.of(null)
                                .millions(json.get("inversion").get("total_clp").asDouble()));
    }

    @Test
    void theRegionProfileListsItsCommunesAndThePeriodCanChange() throws IOException {
        open("/territorios/14?from=2010&to=2020&amount=ejecutado");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Los Ríos");
        assertThat(driver.findElement(By.cssSelector(".sit-eyebrow")).getText()).contains("FICHA REGIONAL", "CUT 14");
        assertThat(driver.findElements(By.cssSelector(".sit-commune-links a"))).hasSize(12);
        assertThat(driver.findElement(By.cssSelector(".sit-kpi-money .sit-kpi-label"))
                        .getText())
                .isEqualToIgnoringCase("Inversión ejecutada 2010–2020");
        assertThat(driver.findElement(By.name("desde")).getDomProperty("value")).isEqualTo("2010");
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        onlyFirstPagesOfTheAlerts();
        fullPageScreenshot("ficha-region.png");

        driver.findElement(By.linkText("Panguipulli")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/territorios/14108"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Panguipulli");
    }

    /**
     * The page asked screening and overlaps for their first page only (counts and 8 rows, filtered by the
     * territory on the server), never for every pair.
     */
    private void onlyFirstPagesOfTheAlerts() {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/overlaps?') || n.includes('/api/screening'));");
        assertThat(urls).hasSize(2).allSatisfy(u -> assertThat(u).contains("limit=8", "territorio="));
        // The coincidences of programmes (same commune, sector and year at any distance): their first cell only.
        assertThat(driver.findElement(By.cssSelector("#alert-overlaps .sit-coincidences"))
                        .getText())
                .contains("dos o más programas en la misma comuna, sector y año", "Ver las coincidencias");
        @SuppressWarnings("unchecked")
        List<String> cells = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/overlaps/coincidencias'));");
        assertThat(cells).singleElement().asString().contains("territorio=", "limit=1");
    }

    /**
     * Found as a new user: on A4 the chart was clipped (the screen's canvas, over 1,100 px wide) and its caption
     * overlapped the bars. While printing, the chart is A4's width and the print box's height, above its caption.
     */
    @Test
    void thePrintLayoutHidesNavigationAndForms() throws IOException {
        open("/territorios/14101");
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-chart")));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            js("window.dispatchEvent(new Event('beforeprint'));");
            // Chart.js may also resize on its own once it sees the print layout: wait until it has settled.
            wait.until(d ->
                    number(js("return document.getElementById('sit-chart').getBoundingClientRect().width;")) <= 703);
            @SuppressWarnings("unchecked")
            Map<String, Object> chart = (Map<String, Object>) js("var c = document.getElementById('sit-chart')"
                    + ".getBoundingClientRect(), b = document.querySelector('.sit-chart-box').getBoundingClientRect(),"
                    + " s = document.getElementById('sit-chart-status').getBoundingClientRect();"
                    + " return {width: c.width, height: c.height, bottom: c.bottom, box: b.bottom, caption: s.top};");
            // A4 less 12 mm margins each side is 186 mm: 703 CSS px.
            assertThat(number(chart.get("width"))).as("chart width on A4").isLessThanOrEqualTo(703);
            assertThat(number(chart.get("height"))).isLessThanOrEqualTo(231);
            assertThat(number(chart.get("bottom"))).isLessThanOrEqualTo(number(chart.get("box")) + 0.5);
            assertThat(number(chart.get("caption")))
                    .as("caption below the bars")
                    .isGreaterThanOrEqualTo(number(chart.get("bottom")));
            assertThat(driver.findElement(By.cssSelector(".sit-header")).isDisplayed())
                    .isFalse();
            assertThat(driver.findElement(By.cssSelector("form.sit-period")).isDisplayed())
                    .isFalse();
            assertThat(driver.findElement(By.cssSelector(".sit-period-print")).getText())
                    .isEqualTo("Período de inversión: 2003–2026, monto programado");
            fullPageScreenshot("ficha-valdivia-impresion.png");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            js("window.dispatchEvent(new Event('afterprint'));");
        }
        byte[] bytes = printToPdf("ficha-valdivia.pdf");
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            org.apache.pdfbox.pdmodel.common.PDRectangle a4 =
                    document.getPage(0).getMediaBox();
            assertThat(Math.round(a4.getWidth() / 72 * 25.4))
                    .as("A4 width in mm")
                    .isEqualTo(210);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Inversión pública por año", "Total 2003–2026: programado");
        }
    }

    @Test
    void aFailingAnalysisServiceSaysNoDisponibleAndTheRestStillLoads() {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/api/overlaps*")));
        try {
            open("/territorios/14102");
            WebElement overlaps = driver.findElement(By.id("alert-overlaps"));
            assertThat(overlaps.getDomAttribute("data-state")).isEqualTo("unavailable");
            assertThat(overlaps.getText()).contains("no disponible");
            assertThat(driver.findElement(By.id("alert-screening")).getDomAttribute("data-state"))
                    .isNotEqualTo("unavailable");
            assertThat(body().getDomAttribute("data-sit-chart")).isEqualTo("true");
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            // The blocked request is logged by the browser; that is what this test provokes.
            driver.manage()
                    .logs()
                    .get(org.openqa.selenium.logging.LogType.BROWSER)
                    .getAll();
        }
    }

    @Test
    void anUnknownCodeIsANotFoundPage() {
        driver.get(url("/territorios/99999"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Territorio no encontrado");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("99999");
        // The browser logs the 404 of the page itself; that is the expected outcome here.
        driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll();
    }
}
