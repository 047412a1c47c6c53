package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map tries the configured base maps in order and shows the first whose tiles load: here a server that never
 * answers, then tiles from SIT itself. Their attribution is text, never markup. (The other browser tests configure
 * only the server that never answers, and see the offline background: {@link OfflineBackgroundBrowserIT}.)
 */
class BasemapBrowserIT extends AbstractBrowserIT {

    @DynamicPropertySource
    static void basemaps(DynamicPropertyRegistry registry) {
        registry.add(
                "sit.basemaps",
                () -> UNREACHABLE_BASEMAP.replace("}]", "}, ")
                        + "{\"id\": \"local\", \"name\": \"Fondo <i>local</i>\", \"type\": \"xyz\", "
                        + "\"url\": \"/webjars/leaflet/dist/images/layers.png\", \"attribution\": \"<b>Prueba</b> & co\", "
                        + "\"attributionUrl\": \"https://example.cl/creditos\", \"maxZoom\": 18}]");
    }

    @Test
    void theFirstBaseMapThatAnswersIsShownWithItsAttributionAsText() throws IOException {
        open("/");
        assertThat(asyncJs("var done = arguments[arguments.length - 1]; fetch('/api/basemaps').then(function (r) {"
                        + " return r.text(); }).then(done);"))
                .asString()
                .contains("\"id\":\"local\"");
        wait.until(d -> body().getDomAttribute("data-sit-basemap") != null);
        assertThat(body().getDomAttribute("data-sit-basemap")).isEqualTo("local");
        assertThat(number(js("return document.querySelectorAll('.leaflet-tile-pane img.leaflet-tile-loaded').length;")))
                .isPositive();
        assertThat(js("return document.querySelector('.leaflet-tile-pane .leaflet-layer').style.opacity;"))
                .isEqualTo("1");
        String attribution = driver.findElement(By.cssSelector(".leaflet-control-attribution"))
                .getText();
        assertThat(attribution).contains("<b>Prueba</b> & co");
        assertThat(driver.findElements(By.cssSelector(".leaflet-control-attribution b")))
                .isEmpty();
        assertThat(driver.findElement(
                                By.cssSelector(".leaflet-control-attribution a[href='https://example.cl/creditos']"))
                        .getText())
                .isEqualTo("<b>Prueba</b> & co");
        assertThat(
                        js(
                                "return Array.prototype.map.call(document.querySelectorAll("
                                        + "'.leaflet-control-layers-base label span span'), function (s) { return s.textContent.trim(); });"))
                .asString()
                .contains("Servidor caído", "Fondo <i>local</i>", "Sin conexión: fondo con las capas de SIT");
        assertThat(js("return document.getElementById('sit-map').classList.contains('sit-fondo-sin-conexion');"))
                .isEqualTo(false);
    }
}
