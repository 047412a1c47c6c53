package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * When no base map answers, the map is drawn on an offline background from SIT's own layers (the land of the
 * published commune limits and the urban areas over the colour of the sea and the waters), never an empty grey.
 * Found as a new user: the map and the editor opened on "Sin fondo".
 */
class OfflineBackgroundBrowserIT extends AbstractBrowserIT {

    @Test
    void withNoBaseMapReachableTheMapDrawsItsOwnBackground() throws IOException {
        open("/");
        wait.until(d -> body().getDomAttribute("data-sit-basemap") != null);
        assertThat(body().getDomAttribute("data-sit-basemap")).isEqualTo("sin-conexion");
        assertThat(js("return document.getElementById('sit-map').classList.contains('sit-fondo-sin-conexion');"))
                .isEqualTo(true);
        wait.until(d -> number(js("return document.querySelectorAll('.leaflet-sit-fondo-pane path').length;")) >= 2);
        assertThat(js("return getComputedStyle(document.getElementById('sit-map')).backgroundColor;"))
                .isEqualTo("rgb(201, 221, 232)");
        assertThat(driver.findElements(By.cssSelector(".leaflet-tile-pane img")))
                .isEmpty();
        screenshot("mapa-fondo-sin-conexion.png");
    }

    @Test
    void theApiListsTheBaseMapsAndTheCspAllowsTheirTiles() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/basemaps")))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"id\":\"caido\"", "\"url\":\"http://127.0.0.1:9/{z}/{x}/{y}.png\"");
        assertThat(r.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("img-src 'self' data: blob: http://127.0.0.1:9;");
    }
}
