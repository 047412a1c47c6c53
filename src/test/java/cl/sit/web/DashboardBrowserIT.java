package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cl.sit.support.Http;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The investment dashboard in Chromium: a programme bar filters the other charts and the total to what
 * {@code /api/investments/dashboard} gives for that filter; a commune clicked on the map filters everything; the
 * address reloads the same view; two territories compared side by side; no sideways scroll at 390 px; axe-core
 * finds nothing serious. Screenshots {@code target/screenshots/tablero-*.png}.
 */
class DashboardBrowserIT extends AbstractBrowserIT {

    private static final Dimension PHONE = new Dimension(390, 844);

    @Test
    void chartsAndMapFilterEachOtherAndTheViewIsShared() throws IOException {
        Http http = new Http(port);
        open("/inversion");
        assertThat(driver.findElement(By.cssSelector(".sit-header nav")).getText())
                .contains("Inversión");
        matches(http.json("/api/investments/dashboard?limit=20"));
        assertThat(bars("programa")).hasSizeGreaterThan(5);

        // A programme bar: the other charts and the total follow; the programme chart still offers the others.
        int programmes = bars("programa").size();
        driver.findElement(By.cssSelector("#sit-dash-programa button[data-value='FNDR']"))
                .click();
        waitForView("programa=FNDR");
        JsonNode fndr = http.json("/api/investments/dashboard?programa=FNDR&limit=20");
        matches(fndr);
        assertThat(bars("programa")).hasSize(programmes);
        assertThat(pressed("programa")).containsExactly("FNDR");
        assertThat(chips()).containsExactly("Programa: FNDR");

        // A commune on the map: Los Lagos.
        clickCommune("14104");
        waitForView("comuna=14104");
        JsonNode both = http.json("/api/investments/dashboard?programa=FNDR&comuna=14104&limit=20");
        matches(both);
        assertThat(both.get("total_clp").asDouble())
                .isLessThan(fndr.get("total_clp").asDouble());
        assertThat(pressed("comuna")).containsExactly("14104");
        assertThat(chips()).containsExactly("Programa: FNDR", "Comuna: Los Lagos");
        assertThat(js("return sitTablero.layerOf('14104').options.color;")).isEqualTo("#bf360c");
        assertThat(driver.getCurrentUrl()).contains("#programa=FNDR&comuna=14104");

        // The address gives the same view after a reload.
        String total = text("sit-dash-total");
        driver.navigate().refresh();
        waitReady();
        assertThat(text("sit-dash-total")).isEqualTo(total);
        assertThat(chips()).containsExactly("Programa: FNDR", "Comuna: Los Lagos");
        matches(both);
        assertThat(driver.findElement(By.id("sit-dash-csv")).getDomAttribute("href"))
                .contains("/api/investments/export?f=csv", "programa=FNDR", "comuna=14104");
        assertThat(driver.findElements(By.cssSelector("#sit-dash-list a"))
                        .get(0)
                        .getDomAttribute("href"))
                .matches(".*/inversion/proyectos/\\d+");

        // A year alone, then "Quitar filtros" brings back the whole view.
        driver.findElement(By.cssSelector("#sit-dash-anio button[data-value='2022']"))
                .click();
        waitForView("desde=2022&hasta=2022");
        matches(http.json("/api/investments/dashboard?from=2022&to=2022&programa=FNDR&comuna=14104&limit=20"));
        driver.findElement(By.id("sit-dash-clear")).click();
        waitForView("desde=2003&hasta=2026&monto=programado&limit=20");
        assertThat(chips()).isEmpty();

        // Two territories side by side: Valdivia (commune) and the province of Valdivia.
        new Select(driver.findElement(By.id("sit-cmp-t1"))).selectByValue("14101");
        new Select(driver.findElement(By.id("sit-cmp-t2"))).selectByValue("141");
        driver.findElement(By.id("sit-cmp-go")).click();
        wait.until(d ->
                d.findElements(By.cssSelector("#sit-cmp-grid .sit-cmp-col")).size() == 2);
        Map<String, JsonNode> rows = new TreeMap<>();
        for (String level : List.of("commune", "province")) {
            http.json("/api/indicators?nivel=" + level)
                    .get("filas")
                    .forEach(r -> rows.put(r.get("codigo").asString(), r));
        }
        for (WebElement column : driver.findElements(By.cssSelector("#sit-cmp-grid .sit-cmp-col"))) {
            JsonNode row = rows.get(column.getDomAttribute("data-code"));
            assertThat(millions(column.findElement(By.cssSelector("[data-figure='total']"))
                            .getText()))
                    .isCloseTo(
                            row.get("total_clp").asDouble() / 1e6,
                            within(shown(row.get("total_clp").asDouble())));
            assertThat(column.findElement(By.cssSelector("[data-figure='projects']"))
                            .getText())
                    .isEqualTo(Integer.toString(row.get("proyectos").asInt()));
            assertThat(column.findElements(By.cssSelector(".sit-cmp-top li"))).hasSize(3);
        }
        assertThat(driver.getCurrentUrl()).contains("comparar=14101,141");
        fullPageScreenshot("tablero-1400.png");
        assertThat(blocking()).isEmpty();

        // On a phone: the same view, no sideways scroll, the comparison columns stacked.
        driver.manage().window().setSize(PHONE);
        driver.navigate().refresh();
        waitReady();
        wait.until(d ->
                d.findElements(By.cssSelector("#sit-cmp-grid .sit-cmp-col")).size() == 2);
        assertThat(number(js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")))
                .isLessThanOrEqualTo(0);
        List<WebElement> columns = driver.findElements(By.cssSelector("#sit-cmp-grid .sit-cmp-col"));
        assertThat(columns.get(1).getRect().getY())
                .isGreaterThan(columns.get(0).getRect().getY());
        assertThat(blocking()).isEmpty();
        long height = ((Number) js("return document.documentElement.scrollHeight;")).longValue();
        driver.manage().window().setSize(new Dimension(PHONE.getWidth(), (int) Math.min(height + 140, 8000)));
        screenshot("tablero-390.png");
    }

    private void waitReady() {
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        wait.until(d -> !"true".equals(body().getDomAttribute("data-sit-busy")));
    }

    private void waitForView(String part) {
        wait.until(d -> {
            String view = body().getDomAttribute("data-sit-view");
            return view != null && view.contains(part) && !"true".equals(body().getDomAttribute("data-sit-busy"));
        });
    }

    /** The page shows the document's total, project count and every bar of every breakdown. */
    private void matches(JsonNode d) {
        assertThat(millions(text("sit-dash-total")))
                .isCloseTo(
                        d.get("total_clp").asDouble() / 1e6,
                        within(shown(d.get("total_clp").asDouble())));
        assertThat(text("sit-dash-projects"))
                .startsWith("en " + d.get("cantidad_proyectos").asInt() + " proyecto");
        for (String dim : List.of("programa", "sector", "etapa", "anio", "comuna")) {
            List<WebElement> shown = bars(dim);
            JsonNode expected = d.get("desgloses").get(dim);
            assertThat(shown).as(dim).hasSize(expected.size());
            for (int i = 0; i < shown.size(); i++) {
                JsonNode b = expected.get(i);
                WebElement bar = shown.get(i);
                assertThat(bar.getDomAttribute("data-value"))
                        .isEqualTo(b.get("valor").asString());
                String value = dim.equals("anio")
                        ? bar.getDomAttribute("title")
                        : bar.findElement(By.className("sit-bar-value")).getText();
                assertThat(millions(value))
                        .as(dim + " " + b.get("valor").asString())
                        .isCloseTo(
                                b.get("total_clp").asDouble() / 1e6,
                                within(shown(b.get("total_clp").asDouble())));
                assertThat(value)
                        .contains(b.get("proyectos").asInt()
                                + (b.get("proyectos").asInt() == 1 ? " proyecto" : " proyectos"));
            }
        }
    }

    /** How far a shown number of millions may be from the exact one: formato.js rounds to 0, 1 or 2 decimals. */
    private static double shown(double clp) {
        double m = Math.abs(clp / 1e6);
        return m >= 100 ? 0.5 : m >= 1 ? 0.05 : 0.005;
    }

    /** The number of millions in "MM$ 1.234,5 · ..." (Chilean format). */
    private static double millions(String text) {
        String number = text.substring(text.indexOf("MM$ ") + 4).split(" ")[0].replace("/km²", "");
        return Double.parseDouble(number.replace(".", "").replace(',', '.'));
    }

    private List<WebElement> bars(String dim) {
        return driver.findElements(By.cssSelector("#sit-dash-" + dim + " button"));
    }

    private List<String> pressed(String dim) {
        return bars(dim).stream()
                .filter(b -> "true".equals(b.getDomAttribute("aria-pressed")))
                .map(b -> b.getDomAttribute("data-value"))
                .toList();
    }

    private List<String> chips() {
        return driver.findElements(By.cssSelector("#sit-dash-chips .sit-dash-chip span:first-child")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    /** A real click at a point of the commune's shape that the shape itself is drawn at (found on screen). */
    private void clickCommune(String cut) {
        WebElement path = driver.findElement(By.cssSelector("path.sit-dash-c-" + cut));
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) js("""
                var path = arguments[0], r = path.getBoundingClientRect();
                for (var fy = 0.5; fy < 1; fy += 0.05) {
                  for (var fx = 0.5; fx < 1; fx += 0.05) {
                    for (var sx of [1, -1]) {
                      var x = r.left + r.width * (sx > 0 ? fx : 1 - fx), y = r.top + r.height * fy;
                      if (document.elementFromPoint(x, y) === path) { return [x, y]; }
                    }
                  }
                }
                return null;""", path);
        assertThat(point).as("a visible point of commune " + cut).isNotNull();
        org.openqa.selenium.Rectangle r = path.getRect();
        int dx = (int) Math.round(point.get(0).doubleValue() - (r.getX() + r.getWidth() / 2.0));
        int dy = (int) Math.round(point.get(1).doubleValue() - (r.getY() + r.getHeight() / 2.0));
        new Actions(driver).moveToElement(path, dx, dy).click().perform();
    }

    private List<String> blocking() {
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                problems.add(rule.getId() + " "
                        + rule.getNodes().stream()
                                .limit(3)
                                .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                .toList());
            }
        }
        return problems;
    }
}
