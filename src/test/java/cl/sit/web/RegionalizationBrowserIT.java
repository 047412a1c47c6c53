package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.users.Role;
import cl.sit.users.UserStore;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Homogeneous territories in the browser: a planner of investment runs SKATER on the communes of Los Ríos, sees the
 * regions on the map and in the table, names and saves them, and opens a saved territory's profile. The page with its
 * result is accessible (axe-core: no serious or critical violation) and fits a phone without sideways scroll.
 */
class RegionalizationBrowserIT extends AbstractBrowserIT {

    private static final String USER = "regiones-navegador";
    private static final String PASSWORD = "clave-regiones-navegador";

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeSavedTerritories() {
        // Their memberships and kept figures too: other pages of the shared test application list a project's units.
        for (String table : new String[] {"investment_unit_share", "investment_unit_year", "investment_unit_summary"}) {
            jdbc.update("DELETE FROM " + table + " WHERE unidad IN (SELECT codigo FROM custom_territory"
                    + " WHERE nombre LIKE 'Navegador %')");
        }
        jdbc.update("DELETE FROM custom_territory WHERE nombre LIKE 'Navegador %'");
    }

    @Test
    void aPlannerRunsARegionalizationSavesItAndOpensTheProfile() throws IOException {
        if (!users.exists(USER)) {
            users.create(USER, PASSWORD, List.of(Role.INVERSION));
        }
        signIn(USER, PASSWORD);
        driver.get(url("/territorios"));
        driver.findElement(By.id("sit-homogeneous-link")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/territorios/homogeneos"));
        open("/territorios/homogeneos");
        assertThat(driver.findElements(By.cssSelector("#sit-th-vars .sit-th-var")))
                .hasSize(4);
        WebElement k = driver.findElement(By.id("sit-th-k"));
        k.clear();
        k.sendKeys("3");
        driver.findElement(By.id("sit-th-run")).click();
        wait.until(d -> body().getDomAttribute("data-sit-result") != null);
        wait.until(d -> d.findElements(By.cssSelector("#sit-th-map path.leaflet-interactive"))
                        .size()
                == 3);
        List<WebElement> rows = driver.findElements(By.cssSelector("#sit-th-table tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).getText()).contains("Valdivia");
        assertThat(driver.findElement(By.id("sit-th-quality")).getText()).contains("regiones de 12 unidades");

        for (Dimension size : List.of(WINDOW, new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            checkAccessibleAndNarrow(size.getWidth() + " px");
            fullPageScreenshot("territorios-homogeneos-" + size.getWidth() + ".png");
        }
        driver.manage().window().setSize(WINDOW);

        List<WebElement> names = driver.findElements(By.cssSelector(".sit-th-name"));
        String[] chosen = {"Navegador Valdivia", "Navegador Sur y lagos", "Navegador Lanco-Mariquina"};
        for (int i = 0; i < names.size(); i++) {
            names.get(i).clear();
            names.get(i).sendKeys(chosen[i]);
        }
        driver.findElement(By.id("sit-th-save-button")).click();
        wait.until(d -> body().getDomAttribute("data-sit-saved") != null);
        assertThat(body().getDomAttribute("data-sit-saved"))
                .isEqualTo("navegador-valdivia,navegador-sur-y-lagos,navegador-lanco-mariquina");
        driver.findElement(By.linkText("Navegador Sur y lagos")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/territorios/navegador-sur-y-lagos"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Navegador Sur y lagos");
        screenshot("territorio-homogeneo-ficha.png");
    }

    private void checkAccessibleAndNarrow(String where) {
        long overflow = ((Number)
                        js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                .longValue();
        assertThat(overflow).as(where + ": sideways scroll").isLessThanOrEqualTo(0);
        List<Rule> blocking = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver).getViolations().stream()
                        .filter(r -> List.of("serious", "critical").contains(r.getImpact()))
                        .toList();
        assertThat(blocking.stream()
                        .map(r -> r.getId() + " " + r.getNodes().get(0).getTarget())
                        .toList())
                .as(where)
                .isEmpty();
    }
}
