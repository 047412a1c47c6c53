package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The attribute table of a visible layer: rows filtered on any attribute (accents ignored), sorted by a column
 * both ways, a row shown on the map with its popup, and the filtered rows as a spreadsheet CSV. Found as a new
 * user: no layer had a table.
 */
class MapTableBrowserIT extends AbstractBrowserIT {

    @Test
    void aVisibleLayersTableFiltersSortsShowsAndExports() throws IOException {
        open("/");
        driver.findElement(By.id("sit-table-open")).click();
        wait.until(
                d -> d.findElements(By.cssSelector("#sit-table-grid tbody tr")).size() == 12);
        Select layer = new Select(driver.findElement(By.id("sit-table-layer")));
        assertThat(layer.getFirstSelectedOption().getDomAttribute("value")).isEqualTo("comunas");
        assertThat(layer.getOptions())
                .extracting(o -> o.getDomAttribute("value"))
                .doesNotContain("proyectos-inversion");
        assertThat(driver.findElement(By.id("sit-table-count")).getText()).isEqualTo("12 elementos.");

        WebElement filter = driver.findElement(By.id("sit-table-filter"));
        filter.sendKeys("RIO bueno");
        wait.until(
                d -> d.findElements(By.cssSelector("#sit-table-grid tbody tr")).size() == 1);
        assertThat(driver.findElement(By.cssSelector("#sit-table-grid tbody tr"))
                        .getText())
                .contains("Río Bueno");
        assertThat(driver.findElement(By.id("sit-table-count")).getText()).isEqualTo("1 elemento de 12.");
        filter.clear();
        filter.sendKeys(" ");
        wait.until(
                d -> d.findElements(By.cssSelector("#sit-table-grid tbody tr")).size() == 12);

        WebElement name =
                driver.findElement(By.xpath("//table[@id='sit-table-grid']//th/button[starts-with(., 'Comuna')]"));
        name.click();
        assertThat(firstNames()).startsWith("Corral", "Futrono");
        driver.findElement(By.xpath("//table[@id='sit-table-grid']//th/button[starts-with(., 'Comuna')]"))
                .click();
        assertThat(firstNames()).startsWith("Valdivia", "Río Bueno");
        assertThat(driver.findElement(By.xpath("//table[@id='sit-table-grid']//th[button[starts-with(., 'Comuna')]]"))
                        .getDomAttribute("aria-sort"))
                .isEqualTo("descending");

        driver.findElement(By.cssSelector("#sit-table-grid tbody tr")).click();
        // Leaflet fades the popup in: its text reads empty until it shows.
        wait.until(d -> d.findElements(By.cssSelector(".leaflet-popup .sit-popup-title")).stream()
                .anyMatch(t -> "Valdivia".equals(t.getText())));
        screenshot("mapa-tabla.png");

        String csv = (String) js("return sitMap.table.csv();");
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(13);
        assertThat(lines.get(0)).startsWith("\uFEFFCódigo CUT;Comuna;");
        assertThat(lines.get(1)).startsWith("14101;Valdivia;");
        assertThat(lines.get(1)).containsPattern(";\\d+,\\d+;");
    }

    private List<String> firstNames() {
        return driver.findElements(By.cssSelector("#sit-table-grid tbody tr td:nth-child(2)")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
