package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The OGC and API links left the main menu for a "Datos abiertos" page: every layer in its formats, the spreadsheet
 * downloads and how to connect a GIS. Found as a new user: "Colecciones", "API" and "Conformidad" sat in the main
 * menu of a planner's application.
 */
class OpenDataPageBrowserIT extends AbstractBrowserIT {

    @Test
    void theMenuLeadsToOpenDataWhereEveryLayerAndDownloadIs() throws IOException {
        driver.get(url("/territorios"));
        List<String> menu = driver.findElements(By.cssSelector(".sit-header nav a")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(menu)
                .contains("Mapa", "Territorios", "Agenda 21", "Datos abiertos")
                .doesNotContain("Colecciones", "API", "Conformidad");
        driver.findElement(By.linkText("Datos abiertos")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/datos-abiertos"));

        @SuppressWarnings("unchecked")
        List<String> collections = (List<String>) asyncJs("var done = arguments[0];"
                + "fetch('/collections?f=json').then(r => r.json())"
                + ".then(j => done(j.collections.map(c => c.id)));");
        List<String> listed = driver.findElements(By.cssSelector("#sit-open-layers tbody tr")).stream()
                .map(r -> r.getDomAttribute("data-collection"))
                .toList();
        assertThat(listed).containsExactlyInAnyOrderElementsOf(collections);
        assertThat(driver.findElement(By.id("sit-service-url")).getText()).isEqualTo(url("/"));

        for (WebElement link : driver.findElements(By.cssSelector("#sit-open-downloads a"))) {
            String href = link.getDomAttribute("href");
            @SuppressWarnings("unchecked")
            Map<String, Object> answer = (Map<String, Object>) asyncJs(
                    "var done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                            + " type: r.headers.get('Content-Type'), first: Array.from(new Uint8Array(b.slice(0, 3)))})));",
                    href);
            assertThat(number(answer.get("status"))).as(href).isEqualTo(200);
            if (href.contains("f=csv")) {
                assertThat((String) answer.get("type")).as(href).startsWith("text/csv");
                assertThat((List<?>) answer.get("first"))
                        .as(href + " starts with the UTF-8 byte order mark")
                        .extracting(v -> ((Number) v).intValue())
                        .containsExactly(0xEF, 0xBB, 0xBF);
            }
        }
        screenshot("datos-abiertos.png");
    }
}
