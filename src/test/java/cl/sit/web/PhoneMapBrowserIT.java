package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * The map on a 390 px phone: the choropleth's legend starts folded to its title and unfolds on a tap, the layer
 * control stays folded, and nothing scrolls sideways. Found as a new user: the choropleth legend covered half the
 * map on a phone.
 */
class PhoneMapBrowserIT extends AbstractBrowserIT {

    @Test
    void theLegendAndControlsFoldOnAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/");
        driver.findElement(By.id("sit-tab-indicadores")).click();
        wait.until(d ->
                String.valueOf(body().getDomAttribute("data-sit-choropleth")).startsWith("commune:"));
        WebElement legend = driver.findElement(By.id("sit-choropleth-legend"));
        WebElement classes = legend.findElement(By.cssSelector(".sit-choropleth-classes"));
        double map = number(js("return document.getElementById('sit-map').clientHeight;"));
        assertThat(classes.isDisplayed()).isFalse();
        assertThat((double) legend.getSize().getHeight())
                .as("folded legend height")
                .isLessThan(map * 0.15);
        assertThat(driver.findElements(By.cssSelector(".leaflet-control-layers-expanded")))
                .isEmpty();
        assertThat(number(js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;")))
                .isEqualTo(0);
        screenshot("telefono-leyenda-plegada.png");

        WebElement toggle = legend.findElement(By.cssSelector(".sit-choropleth-toggle"));
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("false");
        toggle.click();
        assertThat(classes.isDisplayed()).isTrue();
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");
        screenshot("telefono-leyenda-abierta.png");
        toggle.click();
        assertThat(classes.isDisplayed()).isFalse();
    }
}
