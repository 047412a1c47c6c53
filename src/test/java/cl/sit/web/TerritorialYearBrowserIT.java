package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The year of the territorial division on the map: choosing a year redraws communes, provinces and regions as they
 * were on 31 December of it (2005: the Región de Los Lagos with its Provincia de Valdivia), "Actual" brings today's
 * units back, the address keeps the year, and the control works by keyboard and on a phone.
 */
class TerritorialYearBrowserIT extends AbstractBrowserIT {

    static final String FORMER_REGION = "Los Lagos (con la provincia de Valdivia)";

    @Test
    void aYearRedrawsTheTerritorialLayersOfThatYearAndActualBringsTodaysUnitsBack() throws IOException {
        open("/");
        switchOn("regiones");
        waitForDate("regiones", "actual");
        assertThat(names("regiones")).containsExactly("Los Ríos");

        year().selectByVisibleText("2005");
        waitForDate("regiones", "2005-12-31");
        waitForDate("comunas", "2005-12-31");
        assertThat(names("regiones")).containsExactly(FORMER_REGION);
        // The address keeps the year beside the layers switched on (#capas=, with the regions).
        assertThat(driver.getCurrentUrl()).endsWith("&anio=2005").contains("#capas=comunas,regiones,");
        assertThat(driver.findElement(By.id("sit-anio-nota")).getText()).contains("vigentes al 31-12-2005");
        // The commune labels and list are those of 2005: same names, codes of Región X.
        // Leaflet fades the former labels out before removing them.
        wait.until(d -> d.findElements(By.cssSelector(".sit-label")).size() == 12);
        assertThat(driver.findElements(By.cssSelector("button.sit-commune[data-commune-id='10502@..2007-10-02']")))
                .hasSize(1);

        // The popup gives the code of the time and the period, and links to the former unit's own profile.
        js("window.sitMap.layers['regiones'].getLayers()[0].openPopup();");
        WebElement popup = openPopup(FORMER_REGION);
        assertThat(popup.findElement(By.cssSelector(".sit-popup-title")).getText())
                .isEqualTo(FORMER_REGION);
        assertThat(popup.findElement(By.cssSelector(".sit-popup-validity")).getText())
                .isEqualTo("Código 10 · vigente hasta el 01-10-2007");
        assertThat(popup.findElement(By.linkText("Ver ficha regional")).getDomAttribute("href"))
                .endsWith("/territorios/10%40..2007-10-02");
        screenshot("mapa-anio-2005.png");

        year().selectByVisibleText("Actual");
        waitForDate("regiones", "actual");
        waitForDate("comunas", "actual");
        assertThat(names("regiones")).containsExactly("Los Ríos");
        assertThat(driver.getCurrentUrl()).doesNotContain("anio=");
        assertThat(driver.findElements(By.cssSelector("button.sit-commune[data-commune-id='14102']")))
                .hasSize(1);
        js("window.sitMap.layers['regiones'].getLayers()[0].openPopup();");
        WebElement today = openPopup("Los Ríos");
        assertThat(today.findElement(By.cssSelector(".sit-popup-validity")).getText())
                .isEqualTo("Código 14 · vigente desde el 02-10-2007");
        assertThat(today.findElements(By.linkText("Ver ficha regional"))).hasSize(1);
    }

    @Test
    void theAddressKeepsTheYearAndNamesAUnitByItsCodeOfThatYear() {
        open("/#anio=2005&territorio=105");
        assertThat(year().getFirstSelectedOption().getText()).isEqualTo("2005");
        assertThat(body().getDomAttribute("data-sit-datetime-comunas")).isEqualTo("2005-12-31");
        WebElement popup = openPopup("Valdivia");
        assertThat(popup.findElement(By.cssSelector(".sit-popup-layer")).getText())
                .isEqualTo("Provincias");
        assertThat(popup.findElement(By.cssSelector(".sit-popup-validity")).getText())
                .isEqualTo("Código 105 · vigente hasta el 01-10-2007");
        assertThat(names("provincias")).containsExactly("Valdivia");
        assertThat(js("return window.sitMap.layers['provincias'].getLayers()[0].feature.id;"))
                .isEqualTo("105@..2007-10-02");

        // An address typed by hand changes the year again.
        js("window.location.hash = 'anio=2008';");
        waitForDate("provincias", "2008-12-31");
        assertThat(names("provincias")).containsExactlyInAnyOrder("Valdivia", "Ranco");
        assertThat(year().getFirstSelectedOption().getText()).isEqualTo("2008");
    }

    @Test
    void theCommuneListFollowsTheYearWhileTheCommunesAreHidden() {
        open("/#anio=2005");
        assertThat(driver.findElements(By.cssSelector("button.sit-commune[data-commune-id='10502@..2007-10-02']")))
                .hasSize(1);
        switchOff("comunas");
        year().selectByVisibleText("Actual");
        waitForDate("comunas", "actual");
        assertThat(driver.findElements(By.cssSelector("button.sit-commune[data-commune-id='14102']")))
                .hasSize(1);
        assertThat(js("return window.sitMap.map.hasLayer(window.sitMap.layers['comunas']);"))
                .isEqualTo(false);
        wait.until(d -> d.findElements(By.cssSelector(".sit-label")).isEmpty()); // after Leaflet's fade-out
    }

    @Test
    void theControlHasALabelWorksByKeyboardAndShowsItsFocus() {
        open("/");
        WebElement select = driver.findElement(By.id("sit-anio"));
        WebElement label = driver.findElement(By.cssSelector("label[for='sit-anio']"));
        assertThat(label.getText()).isEqualTo("Año de la división territorial");
        assertThat(year().getFirstSelectedOption().getText()).isEqualTo("Actual");
        assertThat(year().getOptions().get(year().getOptions().size() - 1).getText())
                .isEqualTo("2003");

        // Reached with the Tab key from the commune search, like a keyboard user would.
        driver.findElement(By.id("sit-commune-search")).click();
        WebElement focused = tabUntil(select);
        assertThat(focused).isEqualTo(select);
        assertThat(js("return getComputedStyle(arguments[0]).outlineStyle;", select))
                .isEqualTo("solid");
        String latest = year().getOptions().get(1).getText();
        select.sendKeys(Keys.ARROW_DOWN); // from "Actual" to the latest year
        waitForDate("comunas", latest + "-12-31");
        assertThat(driver.getCurrentUrl()).endsWith("#anio=" + latest);
    }

    @Test
    void onAPhoneTheControlIsVisibleAndFitsTheScreen() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        open("/");
        WebElement select = driver.findElement(By.id("sit-anio"));
        js("arguments[0].scrollIntoView({block: 'center'});", select);
        assertThat(select.isDisplayed()).isTrue();
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) js(
                String.join(
                        "\n",
                        "var r = arguments[0].getBoundingClientRect();",
                        "var label = document.querySelector(\"label[for='sit-anio']\").getBoundingClientRect();",
                        "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, labelRight: label.right,",
                        "  width: document.documentElement.clientWidth, scroll: document.documentElement.scrollWidth,",
                        "  height: window.innerHeight};"),
                select);
        assertThat(number(box.get("width"))).isLessThanOrEqualTo(390);
        assertThat(number(box.get("scroll"))).as("no horizontal overflow").isEqualTo(number(box.get("width")));
        assertThat(number(box.get("left"))).isGreaterThanOrEqualTo(0);
        assertThat(number(box.get("right"))).isLessThanOrEqualTo(number(box.get("width")));
        assertThat(number(box.get("labelRight"))).isLessThanOrEqualTo(number(box.get("width")));
        assertThat(number(box.get("top"))).isGreaterThanOrEqualTo(0);
        assertThat(number(box.get("bottom"))).isLessThanOrEqualTo(number(box.get("height")));
        year().selectByVisibleText("2005");
        waitForDate("comunas", "2005-12-31");
        screenshot("mapa-anio-telefono.png");
    }

    private Select year() {
        return new Select(driver.findElement(By.id("sit-anio")));
    }

    private void switchOn(String collection) {
        WebElement toggle = driver.findElement(
                By.cssSelector("#sit-legend [data-collection='" + collection + "'] input[type=checkbox]"));
        if (!toggle.isSelected()) {
            toggle.click();
        }
    }

    private void switchOff(String collection) {
        WebElement toggle = driver.findElement(
                By.cssSelector("#sit-legend [data-collection='" + collection + "'] input[type=checkbox]"));
        if (toggle.isSelected()) {
            toggle.click();
        }
    }

    private void waitForDate(String collection, String datetime) {
        wait.until(d -> datetime.equals(body().getDomAttribute("data-sit-datetime-" + collection)));
    }

    @SuppressWarnings("unchecked")
    private List<String> names(String collection) {
        return (List<String>) js(
                "return window.sitMap.layers[arguments[0]].getLayers()"
                        + ".map(function (layer) { return layer.feature.properties.nombre; });",
                collection);
    }

    private WebElement tabUntil(WebElement target) {
        WebElement active = driver.switchTo().activeElement();
        for (int i = 0; i < 40 && !active.equals(target); i++) {
            active.sendKeys(Keys.TAB);
            active = driver.switchTo().activeElement();
        }
        return active;
    }

    /** The open popup of the unit named {@code title} (the popup of the former year may still be fading out). */
    private WebElement openPopup(String title) {
        return wait.until(d -> d.findElements(By.cssSelector(".leaflet-popup-content")).stream()
                .filter(popup -> popup.findElements(By.cssSelector(".sit-popup-title")).stream()
                        .anyMatch(heading -> heading.getText().equals(title)))
                .findFirst()
                .orElse(null));
    }
}
