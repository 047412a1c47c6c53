package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The map page: layers drawn, commune labels, the illustrative-data notice, the commune list, clicks on the map,
 * lazy layers, links to the territory profiles and HTML escaping in popups.
 */
class MapPageBrowserIT extends AbstractBrowserIT {

    @BeforeEach
    void openMap() {
        open("/");
    }

    @Test
    void drawsTheTwelveCommunesWithTheirNamesAndTheIllustrativeNotice() throws IOException {
        assertThat(number(js("return window.sitMap.layers['comunas'].getLayers().length;")))
                .isEqualTo(12);
        assertThat(body().getDomAttribute("data-sit-features-comunas")).isEqualTo("12");
        assertThat(body().getDomAttribute("data-sit-features-proyectos-inversion"))
                .isEqualTo("300");

        List<String> labels = driver.findElements(By.cssSelector(".sit-label")).stream()
                .map(WebElement::getText)
                .collect(Collectors.toList());
        assertThat(labels).hasSize(12).contains("Valdivia", "Corral", "Río Bueno", "Panguipulli");

        WebElement notice = driver.findElement(By.id("sit-illustrative-notice"));
        assertThat(notice.isDisplayed()).isTrue();
        assertThat(notice.getText())
                .contains("Los proyectos de inversión son datos ilustrativos generados por SIT, no datos reales");
        assertThat(driver.findElement(By.id("sit-error")).isDisplayed()).isFalse();

        // Every collection with geometry has a legend entry (9 reference layers and the 7 Agenda 21 layers);
        // hidden layers are not fetched until shown.
        assertThat(driver.findElements(By.cssSelector("#sit-legend .sit-legend-item")))
                .hasSize(17);
        assertThat(body().getDomAttribute("data-sit-features-zonas-censales")).isNull();
        screenshot("mapa.png");
    }

    @Test
    void theCommuneListFiltersByNameAndOpensTheCommunePopupWithItsProfileLink() {
        WebElement search = driver.findElement(By.id("sit-commune-search"));
        search.sendKeys("rio"); // accents are ignored: finds Río Bueno
        assertThat(visibleCommuneButtons()).containsExactly("Río Bueno");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        assertThat(visibleCommuneButtons()).hasSize(12);

        driver.findElement(By.cssSelector("button.sit-commune[data-commune-id='14102']"))
                .click();
        WebElement popup = openPopup();
        // The address names the commune shown, so the view can be shared (it used to stay "/").
        assertThat(driver.getCurrentUrl()).endsWith("/#territorio=14102");
        assertThat(popup.getText()).contains("Corral", "14102", "Código CUT", "Población Censo 2017");
        assertThat(popup.findElement(By.linkText("Ver en la API (HTML)")).getDomAttribute("href"))
                .endsWith("/collections/comunas/items/14102?f=html");
        WebElement profile = popup.findElement(By.linkText("Ver ficha comunal"));
        assertThat(profile.getDomAttribute("href")).endsWith("/territorios/14102");

        profile.click();
        wait.until(d -> d.getCurrentUrl().endsWith("/territorios/14102"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Corral");
    }

    @Test
    void aSharedAddressKeepsTheYearAndOpensTheSameCommune() {
        driver.get(url("/#anio=2020"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        // The communes of 2020 replace today's, and the list with them: click once they are drawn.
        wait.until(d -> "2020-12-31".equals(body().getDomAttribute("data-sit-datetime-comunas")));
        wait.until(d -> {
            d.findElement(By.cssSelector("button.sit-commune[data-commune-id='14108']"))
                    .click();
            return true;
        });
        openPopup();
        String shared = driver.getCurrentUrl();
        assertThat(shared).contains("anio=2020").contains("territorio=14108");
        driver.get(url("/"));
        driver.get(shared);
        assertThat(openPopup().findElement(By.cssSelector(".sit-popup-title")).getText())
                .isEqualTo("Panguipulli");
    }

    /**
     * Found as a new user: the view, the layers and the open tab were not in the address, so a view could not be
     * shared. Moving the map writes #mapa=, switching a layer #capas=, opening a tab #pestana=; the address opens
     * the same view.
     */
    @Test
    void aSharedAddressKeepsTheViewTheLayersAndTheTab() {
        open("/");
        assertThat(driver.getCurrentUrl()).doesNotContain("#");
        js("sitMap.map.setView([-39.8, -73.2], 10, {animate: false});");
        driver.findElement(By.cssSelector("li[data-collection='sitios-prioritarios'] .sit-legend-toggle"))
                .click();
        driver.findElement(By.id("sit-tab-inversion")).click();
        wait.until(d -> d.getCurrentUrl().contains("capas="));
        String shared = driver.getCurrentUrl();
        assertThat(shared)
                .contains("mapa=10/-39.80000/-73.20000", "pestana=inversion")
                .doesNotContain("sitios-prioritarios")
                .contains("comunas");

        driver.get(url("/"));
        driver.get(shared);
        driver.navigate().refresh();
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        assertThat(number(js("return sitMap.map.getZoom();"))).isEqualTo(10);
        assertThat(number(js("return sitMap.map.getCenter().lat;")))
                .isCloseTo(-39.8, org.assertj.core.data.Offset.offset(1e-4));
        assertThat((Boolean) js("return sitMap.map.hasLayer(sitMap.layers['sitios-prioritarios']);"))
                .isFalse();
        assertThat((Boolean) js("return sitMap.map.hasLayer(sitMap.layers['comunas']);"))
                .isTrue();
        assertThat(driver.findElement(By.id("sit-tab-inversion")).getDomAttribute("aria-selected"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.id("sit-panel-inversion")).isDisplayed())
                .isTrue();
    }

    @Test
    void theAddressCanNameAProvinceToShow() {
        driver.get(url("/#territorio=141"));
        WebElement popup = openPopup();
        assertThat(popup.findElement(By.cssSelector(".sit-popup-title")).getText())
                .isEqualTo("Valdivia");
        assertThat(popup.findElement(By.cssSelector(".sit-popup-layer")).getText())
                .isEqualTo("Provincias");
        assertThat(popup.findElement(By.linkText("Ver ficha provincial")).getDomAttribute("href"))
                .endsWith("/territorios/141");
    }

    @Test
    void clickingACommuneOnTheMapOpensItsPopup() throws IOException {
        // The centre of a commune label where the commune's own polygon is the topmost thing under the pointer.
        @SuppressWarnings("unchecked")
        Map<String, Object> target = (Map<String, Object>) js(String.join(
                "\n",
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
                .moveToElement(driver.findElement(By.id("sit-map")), (int) Math.round(number(target.get("dx"))), (int)
                        Math.round(number(target.get("dy"))))
                .click()
                .perform();
        WebElement popup = openPopup();
        assertThat(popup.findElement(By.cssSelector(".sit-popup-title")).getText())
                .isEqualTo(target.get("name"));
        assertThat(popup.findElement(By.cssSelector(".sit-popup-layer")).getText())
                .isEqualTo("Comunas");
        screenshot("mapa-popup.png");
    }

    @Test
    void hiddenLayersLoadWhenSwitchedOnAndTheLegendFollowsTheLayerControl() {
        WebElement legendEntry = driver.findElement(By.cssSelector("#sit-legend [data-collection='zonas-censales']"));
        WebElement legendToggle = legendEntry.findElement(By.cssSelector("input[type=checkbox]"));
        assertThat(legendToggle.isSelected()).isFalse();

        legendToggle.click();
        wait.until(d -> "87".equals(body().getDomAttribute("data-sit-features-zonas-censales")));
        assertThat(number(js("return window.sitMap.layers['zonas-censales'].getLayers().length;")))
                .isEqualTo(87);
        assertThat(legendEntry.getDomAttribute("class")).doesNotContain("is-off");

        // Leaflet's own control (collapsed until hovered) shows the same state and can switch it off again.
        new Actions(driver)
                .moveToElement(driver.findElement(By.cssSelector(".leaflet-control-layers")))
                .perform();
        WebElement controlEntry =
                wait.until(d -> d.findElements(By.cssSelector(".leaflet-control-layers-overlays label")).stream()
                        .filter(label -> label.isDisplayed() && label.getText().startsWith("Zonas censales"))
                        .findFirst()
                        .orElse(null));
        WebElement controlToggle = controlEntry.findElement(By.tagName("input"));
        assertThat(controlToggle.isSelected()).isTrue();
        controlToggle.click();
        wait.until(d -> !legendToggle.isSelected());
        assertThat(legendEntry.getDomAttribute("class")).contains("is-off");
        assertThat(js("return window.sitMap.map.hasLayer(window.sitMap.layers['zonas-censales']);"))
                .isEqualTo(false);
    }

    @Test
    void popupsShowFeatureTextAsTextNeverAsMarkup() {
        String name = "<img src=x onerror=\"window.sitXss = true\">";
        // The layer's popup for a feature as the server would send it (the layer fetches it on click or search).
        js(
                "var layer = window.sitMap.layers['proyectos-inversion'];"
                        + "layer.showPopup({type: 'Feature', id: 999999,"
                        + " geometry: {type: 'Point', coordinates: [-72.9, -39.9]},"
                        + " properties: {nombre: arguments[0], costo_total_clp: 1234567, ilustrativo: true}},"
                        + " null, [{id: 1, nombre: arguments[0]}]);",
                name);
        WebElement popup = openPopup();
        assertThat(popup.findElement(By.cssSelector(".sit-popup-title")).getText())
                .isEqualTo(name);
        assertThat(popup.findElements(By.tagName("img"))).isEmpty();
        assertThat(popup.findElement(By.cssSelector(".sit-popup-other")).getText())
                .isEqualTo(name);
        assertThat(popup.getText()).contains("1.234.567", "Sí");
        assertThat(js("return window.sitXss === true;")).isEqualTo(false);
    }

    /** The open popup once it has faded in (Leaflet animates its opacity) and shows its title. */
    WebElement openPopup() {
        return wait.until(d -> d.findElements(By.cssSelector(".leaflet-popup-content")).stream()
                .filter(popup ->
                        !popup.findElements(By.cssSelector(".sit-popup-title")).isEmpty()
                                && !popup.findElement(By.cssSelector(".sit-popup-title"))
                                        .getText()
                                        .isEmpty())
                .findFirst()
                .orElse(null));
    }

    private List<String> visibleCommuneButtons() {
        return driver.findElements(By.cssSelector("#sit-commune-list button.sit-commune")).stream()
                .filter(WebElement::isDisplayed)
                .map(button ->
                        button.findElement(By.cssSelector(".sit-commune-name")).getText())
                .collect(Collectors.toList());
    }
}
