package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The map's tools: measuring a distance and an area by clicking points (checked against the haversine distance and
 * an independent area), and going to coordinates typed in either order, with a clear message for text that is
 * none. Found as a new user: there was no way to measure or to go to a coordinate.
 */
class MapToolsBrowserIT extends AbstractBrowserIT {

    private static final double EARTH = 6_378_137;

    @Test
    void measuresTheDistanceAndTheAreaOfClickedPoints() throws IOException {
        open("/");
        WebElement measure = driver.findElement(By.xpath("//button[. = 'Medir']"));
        measure.click();
        assertThat(measure.getDomAttribute("aria-pressed")).isEqualTo("true");
        double[][] points = {{-39.8142, -73.2459}, {-39.8875, -73.4311}, {-39.95, -73.25}};
        for (double[] p : points) {
            js("sitMap.map.fire('click', {latlng: L.latLng(arguments[0], arguments[1])});", p[0], p[1]);
        }
        WebElement result = driver.findElement(By.id("sit-tool-result"));
        double metres = Double.parseDouble(result.getDomAttribute("data-metres"));
        double expected = haversine(points[0], points[1]) + haversine(points[1], points[2]);
        assertThat(metres).isCloseTo(expected, within(expected * 0.003));
        double area = Double.parseDouble(result.getDomAttribute("data-square-metres"));
        double triangle = planarArea(points);
        assertThat(area).isCloseTo(triangle, within(triangle * 0.01));
        assertThat(result.getText()).matches("Distancia: \\d+,\\d{2} km · Área del polígono: \\d+,\\d{2} km²");
        assertThat(driver.findElements(By.cssSelector(".leaflet-popup")))
                .as("no project popup while measuring")
                .isEmpty();
        assertThat(driver.findElement(By.id("sit-goto")).isDisplayed()).isFalse();
        screenshot("mapa-medir.png");
        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        assertThat((Boolean) js("return sitMap.tools.measuring();")).isFalse();
        assertThat(result.isDisplayed()).isFalse();
    }

    @Test
    void goesToCoordinatesInEitherOrder() {
        open("/");
        driver.findElement(By.xpath("//button[. = 'Ir a…']")).click();
        WebElement input = driver.findElement(By.id("sit-goto-input"));
        input.sendKeys("en Valdivia");
        input.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.id("sit-goto-error")).getText()).contains("grados decimales");
        input.clear();
        input.sendKeys("-73,2459 -39,8142");
        input.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.id("sit-goto-error")).isDisplayed()).isFalse();
        assertThat(number(js("return sitMap.map.getCenter().lat;"))).isCloseTo(-39.8142, within(1e-6));
        assertThat(number(js("return sitMap.map.getCenter().lng;"))).isCloseTo(-73.2459, within(1e-6));
        assertThat(number(js("return sitMap.map.getZoom();"))).isGreaterThanOrEqualTo(13);
        // The popup fades in (a CSS transition): its text reads as empty until it shows, longer on a busy machine.
        wait.until(
                d -> !d.findElements(By.cssSelector(".leaflet-popup-content")).isEmpty()
                        && !d.findElement(By.cssSelector(".leaflet-popup-content"))
                                .getText()
                                .isEmpty());
        assertThat(driver.findElement(By.cssSelector(".leaflet-popup-content")).getText())
                .isEqualTo("Latitud -39,81420, longitud -73,24590");
    }

    private static double haversine(double[] a, double[] b) {
        double p1 = Math.toRadians(a[0]);
        double p2 = Math.toRadians(b[0]);
        double dp = p2 - p1;
        double dl = Math.toRadians(b[1] - a[1]);
        double h =
                Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH * Math.asin(Math.sqrt(h));
    }

    /** The triangle's area on a local plane (metres east and north of its first point): a few km wide, within 1 %. */
    private static double planarArea(double[][] p) {
        double k = Math.cos(Math.toRadians(p[0][0]));
        double[] x = new double[3];
        double[] y = new double[3];
        for (int i = 0; i < 3; i++) {
            x[i] = Math.toRadians(p[i][1] - p[0][1]) * EARTH * k;
            y[i] = Math.toRadians(p[i][0] - p[0][0]) * EARTH;
        }
        return Math.abs((x[1] - x[0]) * (y[2] - y[0]) - (x[2] - x[0]) * (y[1] - y[0])) / 2;
    }
}
