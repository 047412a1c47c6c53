package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cl.sit.profile.ProfileView;
import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The page of an investment project, {@code /inversion/proyectos/{id}}, reached from the map's popup: every section
 * holds what the JSON API says about the project (attributes, amounts by year, shares, its own alerts, the history
 * behind sign-in), it fits a phone and passes axe-core at both sizes. The rest of SIT leads there: the raw item page
 * of a project redirects to it (its GeoJSON stays), the profiles link to it, and a missing project is a Spanish 404.
 */
class ProjectPageBrowserIT extends AbstractBrowserIT {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final ProfileView FORMAT = ProfileView.of(null);
    private static final String USER = "oficial-ficha";
    private static final String PASSWORD = "clave-ficha-proyecto";

    @Autowired
    UserStore users;

    /** The first project of Valdivia flagged inside a conservation area (the seed has several in Curiñanco). */
    private JsonNode insideProject(Http http) {
        JsonNode screening = http.json("/api/screening?margen_m=1000&territorio=14101&limit=1");
        JsonNode row = screening.get("filas").get(0);
        assertThat(row.get("estado").asString()).isEqualTo("dentro");
        return row;
    }

    @Test
    void theMapPopupLeadsToAPageWithEverySection() throws IOException {
        Http http = new Http(port);
        JsonNode flagged = insideProject(http);
        int id = flagged.get("id").asInt();
        JsonNode item = http.json("/collections/proyectos-inversion/items/" + id + "?f=json");
        JsonNode amounts = http.json("/api/investments/" + id + "/amounts");
        JsonNode split = http.json("/api/investments/" + id + "/territories");

        open("/");
        // Opened again while it is not there: once, with the app shared by other classes on 2 busy cores, the popup
        // never showed (not seen alone in six runs).
        WebElement pageLink = wait.until(d -> {
            List<WebElement> links = d.findElements(By.cssSelector(".leaflet-popup-content a.sit-project-link"));
            if (links.isEmpty()) {
                js("window.sitMap.layers['proyectos-inversion'].openFeature(arguments[0]);", id);
                return null;
            }
            return links.get(0);
        });
        assertThat(pageLink.getDomAttribute("href")).endsWith("/inversion/proyectos/" + id);
        pageLink.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/inversion/proyectos/" + id));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));

        // Attributes, as the item says.
        JsonNode p = item.get("properties");
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo(p.get("nombre").asString());
        assertThat(driver.findElement(By.id("fact-programa")).getText())
                .isEqualTo(p.get("programa").asString());
        assertThat(driver.findElement(By.id("fact-sector")).getText())
                .isEqualTo(p.get("sector").asString());
        assertThat(driver.findElement(By.id("kpi-etapa")).getText())
                .isEqualTo(p.get("etapa").asString());
        assertThat(driver.findElement(By.id("kpi-estado")).getText())
                .isEqualTo(p.get("estado").asString());
        if (p.get("codigo_bip").isString()) {
            assertThat(driver.findElement(By.id("sit-project-bip")).getText())
                    .isEqualTo(p.get("codigo_bip").asString());
        }
        boolean illustrative = p.get("ilustrativo").asBoolean();
        assertThat(driver.findElement(By.id("fact-ilustrativo")).getText()).startsWith(illustrative ? "sí" : "no");
        assertThat(driver.findElements(By.id("sit-project-illustrative"))).hasSize(illustrative ? 1 : 0);

        // Amounts by year: one row and two bars per year, the totals of the API in Chilean format.
        List<WebElement> years = driver.findElements(By.cssSelector("#sit-amounts tbody tr"));
        assertThat(years).hasSize(amounts.get("montos").size()).isNotEmpty();
        for (int i = 0; i < years.size(); i++) {
            JsonNode year = amounts.get("montos").get(i);
            assertThat(years.get(i).getDomAttribute("data-anio"))
                    .isEqualTo(year.get("anio").asString());
            assertThat(years.get(i).findElements(By.tagName("td")).get(0).getText())
                    .isEqualTo(FORMAT.pesos(year.get("programado_clp").asLong()));
        }
        assertThat(driver.findElement(By.id("sit-amounts-programado")).getText())
                .isEqualTo(FORMAT.pesos(amounts.get("programado_clp").asLong()));
        assertThat(driver.findElement(By.id("sit-amounts-ejecutado")).getText())
                .isEqualTo(FORMAT.pesos(amounts.get("ejecutado_clp").asLong()));
        assertThat(driver.findElements(By.cssSelector("#sit-amounts-chart svg rect")))
                .hasSize(2 * years.size());
        assertThat(driver.findElement(By.cssSelector("#sit-amounts-chart svg")).getDomAttribute("role"))
                .isEqualTo("img");

        // Shares: the commune rows sum to the project's part in communes, each links to the commune's profile.
        double inCommunes = 0;
        for (JsonNode s : split.get("reparto")) {
            inCommunes += s.get("codigo").isNull() ? 0 : s.get("proporcion").asDouble();
        }
        List<WebElement> communes = driver.findElements(By.cssSelector("#sit-shares tr[data-level=comuna]"));
        assertThat(communes).hasSize((int) split.get("reparto")
                .valueStream()
                .filter(s -> !s.get("codigo").isNull())
                .count());
        double shown = communes.stream()
                .mapToDouble(r -> Double.parseDouble(
                        r.findElement(By.cssSelector("[data-share]")).getDomAttribute("data-share")))
                .sum();
        assertThat(shown).isCloseTo(inCommunes, within(1e-9));
        assertThat(communes.get(0).findElement(By.tagName("a")).getDomAttribute("href"))
                .endsWith("/territorios/" + communes.get(0).getDomAttribute("data-code"));
        assertThat(driver.findElements(By.cssSelector("#sit-shares tr[data-level=region] a")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#sit-shares tr[data-level=provincia] a")))
                .isNotEmpty();

        // The location map: the project drawn over its communes.
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-map")));
        assertThat(driver.findElements(By.cssSelector("#sit-project-map path.leaflet-interactive")))
                .isNotEmpty();

        // Alerts of this project: inside the area the screening names.
        WebElement screening = driver.findElement(By.id("alert-screening"));
        assertThat(screening.getDomAttribute("data-state")).isEqualTo("alert");
        assertThat(screening.getText())
                .contains("dentro", flagged.get("areas").get(0).get("nombre").asString());
        JsonNode overlaps = http.json("/api/overlaps?proyecto=" + id);
        WebElement overlapBox = driver.findElement(By.id("alert-overlaps"));
        assertThat(overlapBox.getDomAttribute("data-state"))
                .isEqualTo(overlaps.get("numberMatched").asInt() > 0 ? "alert" : "ok");
        overlapBox.findElements(By.tagName("a")).forEach(a -> assertThat(a.getDomAttribute("href"))
                .containsAnyOf("/inversion/proyectos/", "/api/overlaps?proyecto="));

        // History: anonymous visitors are asked to sign in; the raw data is one link away.
        assertThat(driver.findElement(By.id("sit-project-history-signin")).getText())
                .contains("Ingrese");
        assertThat(driver.findElements(By.id("sit-project-history"))).isEmpty();
        assertThat(driver.findElement(By.id("sit-project-json")).getDomAttribute("href"))
                .endsWith("/collections/proyectos-inversion/items/" + id + "?f=json");

        checkSizes("/inversion/proyectos/" + id, "proyecto");
    }

    /** Printed on A4: no header or buttons, the chart redrawn at the sheet's width, the sections in the PDF. */
    @Test
    void thePagePrintsOnA4() throws IOException {
        int id = insideProject(new Http(port)).get("id").asInt();
        open("/inversion/proyectos/" + id);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            js("window.dispatchEvent(new Event('beforeprint'));");
            // A4 less 12 mm margins each side is 186 mm: 703 CSS px.
            assertThat(number(js("return document.querySelector('#sit-amounts-chart svg')"
                            + ".getBoundingClientRect().width;")))
                    .isLessThanOrEqualTo(703);
            assertThat(number(js("return document.getElementById('sit-project-map').getBoundingClientRect().height;")))
                    .isPositive();
            assertThat(driver.findElement(By.cssSelector(".sit-header")).isDisplayed())
                    .isFalse();
            assertThat(driver.findElement(By.id("sit-print")).isDisplayed()).isFalse();
            screenshot("proyecto-impresion.png");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            js("window.dispatchEvent(new Event('afterprint'));");
        }
        byte[] bytes = printToPdf("proyecto.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            assertThat(Math.round(document.getPage(0).getMediaBox().getWidth() / 72 * 25.4))
                    .as("A4 width in mm")
                    .isEqualTo(210);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document))
                    .contains("Montos por año", "Territorios y reparto", "Alertas", "Ubicación");
        }
    }

    @Test
    void aSignedInUserSeesTheHistory() {
        if (!users.exists(USER)) {
            users.create(USER, PASSWORD, List.of(Role.INVERSION));
        }
        int id = insideProject(new Http(port)).get("id").asInt();
        signIn(USER, PASSWORD);
        try {
            open("/inversion/proyectos/" + id);
            wait.until(d ->
                    d.findElement(By.id("sit-project-history-status")).getText().matches("(Mostrando|Sin cambios).*"));
            assertThat(driver.findElements(By.id("sit-project-history-signin"))).isEmpty();
        } finally {
            driver.manage().deleteAllCookies();
        }
    }

    @Test
    void theRawItemPageOfAProjectRedirectsAndItsGeoJsonStays() {
        Http http = new Http(port);
        int id = insideProject(http).get("id").asInt();
        String item = "/collections/proyectos-inversion/items/" + id;
        HttpResponse<String> page = http.get(item + "?f=html", "application/json");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/inversion/proyectos/" + id);
        assertThat(http.get(item, "text/html,application/xhtml+xml,*/*;q=0.8").statusCode())
                .isEqualTo(302);
        for (String accept : List.of("application/geo+json", "application/json", "*/*")) {
            HttpResponse<String> json = http.get(item, accept);
            assertThat(json.statusCode()).as(accept).isEqualTo(200);
            assertThat(json.headers().firstValue("Content-Type").orElseThrow())
                    .as(accept)
                    .contains("json");
        }
        assertThat(http.get(item + "?f=json", "text/html").statusCode()).isEqualTo(200);

        driver.get(url(item + "?f=html"));
        wait.until(d -> d.getCurrentUrl().endsWith("/inversion/proyectos/" + id));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
    }

    @Test
    void aMissingProjectIsASpanish404Page() {
        Http http = new Http(port);
        for (String path : List.of("/inversion/proyectos/999999999", "/inversion/proyectos/abc")) {
            HttpResponse<String> r = http.get(path, "text/html,application/xhtml+xml,*/*;q=0.8");
            assertThat(r.statusCode()).as(path).isEqualTo(404);
            assertThat(r.body()).contains("lang=\"es\"", "Página no encontrada", "<code>ProjectNotFound</code>");
        }
        expectFailedRequest("/inversion/proyectos/999999999", 404);
        driver.get(url("/inversion/proyectos/999999999"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
    }

    @Test
    void theProfileAndTheSearchLinkToProjectPages() {
        open("/territorios/14101");
        WebElement top = driver.findElement(By.cssSelector("#sit-top-projects tbody tr a"));
        assertThat(top.getDomAttribute("href")).contains("/inversion/proyectos/");
        driver.findElements(By.cssSelector(".sit-alert-list a")).stream()
                .map(a -> a.getDomAttribute("href"))
                .filter(h -> h.contains("/collections/proyectos-inversion/items/"))
                .forEach(h -> {
                    throw new AssertionError("an alert still links to the raw item: " + h);
                });

        open("/");
        JsonNode project = new Http(port)
                .json("/collections/proyectos-inversion/items?f=json&limit=1")
                .get("features")
                .get(0);
        js(
                "var f = document.getElementById('sit-project-search'); f.elements.q.value = arguments[0];"
                        + " f.requestSubmit();",
                project.at("/properties/nombre").asString());
        WebElement result =
                wait.until(d -> d.findElement(By.cssSelector("#sit-project-results a.sit-project-result-page")));
        assertThat(result.getDomAttribute("href")).contains("/inversion/proyectos/");
    }

    /** No sideways scroll, no serious or critical axe-core violation, and a screenshot, at 1400 and 390 px. */
    private void checkSizes(String path, String name) throws IOException {
        for (Dimension size : List.of(WINDOW, PHONE)) {
            driver.manage().window().setSize(size);
            driver.get(url(path));
            wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
            long overflow = ((Number)
                            js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .longValue();
            assertThat(overflow)
                    .as(path + " at " + size.getWidth() + " px scrolls sideways")
                    .isLessThanOrEqualTo(0);
            List<Rule> violations = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver)
                    .getViolations();
            assertThat(violations.stream()
                            .filter(r -> BLOCKING.contains(r.getImpact()))
                            .map(r -> r.getId() + ": "
                                    + r.getNodes().stream()
                                            .limit(3)
                                            .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                            .collect(Collectors.joining(" | "))))
                    .as(path + " at " + size.getWidth() + " px")
                    .isEmpty();
            long height = ((Number) js("return Math.ceil(document.documentElement.scrollHeight"
                            + " + Math.max(0, window.outerHeight - window.innerHeight));"))
                    .longValue();
            driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 20, 8000)));
            screenshot(name + "-" + size.getWidth() + ".png");
        }
        driver.manage().window().setSize(WINDOW);
    }
}
