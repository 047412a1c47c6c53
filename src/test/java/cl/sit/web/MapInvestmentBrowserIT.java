package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.JsonNode;

/**
 * The investment side of the map: projects drawn from tiles, filtered by programme, sector, stage and years; the
 * indicator choropleth with its legend and class breaks; the sortable ranking. Expected numbers come from the JSON
 * API.
 */
class MapInvestmentBrowserIT extends AbstractBrowserIT {

    private List<JsonNode> projects;

    @BeforeEach
    void openMap() {
        open("/");
        projects = new ArrayList<>();
        new Http(port)
                .json("/collections/proyectos-inversion/items?f=json&limit=10000")
                .get("features")
                .forEach(f -> projects.add(f.get("properties")));
    }

    @Test
    void filtersChangeWhichProjectsAreDrawn() throws IOException {
        assertThat(shown()).isEqualTo(300);
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-investment-loading")));
        long drawnAtStart = drawn();
        assertThat(drawnAtStart)
                .as("projects drawn from the tiles at the regional view")
                .isPositive();

        tab("inversion");
        WebElement form = driver.findElement(By.id("sit-investment-form"));
        assertThat(new Select(form.findElement(By.name("programa")))
                        .getOptions().stream().map(WebElement::getText))
                .contains("Todos los programas", "FNDR (" + count(p -> is(p, "programa", "FNDR")) + ")");

        choose("programa", "FNDR");
        wait.until(d -> shown() == count(p -> is(p, "programa", "FNDR")));
        // The tiles are asked again with the filter, and draw fewer projects.
        wait.until(d -> tileRequests().stream().anyMatch(r -> r.contains("programa=FNDR"))
                && "false".equals(body().getDomAttribute("data-sit-investment-loading")));
        wait.until(d -> drawn() < drawnAtStart);
        assertThat(drawn()).isPositive();
        choose("sector", "Transporte");
        wait.until(d -> shown() == count(p -> is(p, "programa", "FNDR") && is(p, "sector", "Transporte")));
        assertThat(driver.findElement(By.id("sit-investment-count")).getText())
                .startsWith("Se muestran " + shown() + " de 300 proyectos");

        driver.findElement(By.cssSelector("#sit-investment-form button[type=reset]"))
                .click();
        wait.until(d -> shown() == 300);
        choose("etapa", "ejecución");
        years("2020", "2022");
        wait.until(d -> shown()
                == count(p -> is(p, "etapa", "ejecución")
                        && p.get("anio_fin").asInt() >= 2020
                        && p.get("anio_inicio").asInt() <= 2022));
        assertThat(shown()).isPositive();
        screenshot("mapa-inversion-filtros.png");

        years("2024", "2010");
        assertThat(driver.findElement(By.id("sit-investment-years-error")).isDisplayed())
                .isTrue();
        wait.until(d -> shown() == 0);
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-investment-loading")));
        wait.until(d -> drawn() == 0);
    }

    @Test
    void theChoroplethHasALegendWithOrderedClassesAndARankingThatSorts() throws IOException {
        tab("indicadores");
        wait.until(d -> String.valueOf(body().getDomAttribute("data-sit-choropleth"))
                .startsWith("commune:per_capita_clp:jenks:"));
        JsonNode indicators = new Http(port).json("/api/indicators?level=commune&from=2003&to=2026");

        WebElement legend = driver.findElement(By.id("sit-choropleth-legend"));
        assertThat(legend.getText())
                .contains("Inversión per cápita", "Cortes naturales (Jenks)", "5 clases", "ilustrativos");
        List<WebElement> classes = legend.findElements(By.cssSelector(".sit-choropleth-class"));
        assertThat(classes).hasSize(5);
        assertThat(classes.stream().mapToInt(c -> classCount(c)).sum()).isEqualTo(12);

        // The ranking: 12 communes, highest per capita first, as in the API.
        List<String> ranked = rankingNames();
        List<JsonNode> rows = new ArrayList<>();
        indicators.get("filas").forEach(rows::add);
        rows.sort(Comparator.comparingDouble(
                        (JsonNode r) -> r.get("per_capita_clp").asDouble())
                .reversed());
        assertThat(ranked)
                .hasSize(12)
                .first()
                .isEqualTo(rows.get(0).get("nombre").asString());
        assertThat(ranked).last().isEqualTo(rows.get(11).get("nombre").asString());
        screenshot("mapa-coropleta.png");
        js("document.getElementById('sit-ranking-section').scrollIntoView();");
        screenshot("mapa-ranking.png");

        // Sorting by name, then by value ascending.
        sortBy("name");
        List<String> byName = rankingNames();
        assertThat(byName)
                .isEqualTo(js(
                        "return arguments[0].slice().sort(function (a, b) { return a.localeCompare(b, 'es'); });",
                        byName)); // Spanish order, as the browser has it
        assertThat(byName.indexOf("Máfil")).isBetween(byName.indexOf("Los Lagos") + 1, byName.indexOf("Mariquina") - 1);
        sortBy("value");
        sortBy("value");
        assertThat(driver.findElement(By.cssSelector("#sit-ranking th[aria-sort='ascending'] button"))
                        .getDomAttribute("data-sort"))
                .isEqualTo("value");
        assertThat(rankingNames().get(0)).isEqualTo(rows.get(11).get("nombre").asString());

        // Quantiles in 4 classes: 3 communes each (12 distinct values).
        new Select(driver.findElement(By.name("metodo"))).selectByValue("cuantiles");
        new Select(driver.findElement(By.name("clases"))).selectByValue("4");
        wait.until(d -> "commune:per_capita_clp:cuantiles:4".equals(body().getDomAttribute("data-sit-choropleth")));
        assertThat(driver.findElements(By.cssSelector("#sit-choropleth-legend .sit-choropleth-class")).stream()
                        .map(this::classCount)
                        .collect(Collectors.toList()))
                .containsExactly(3, 3, 3, 3);

        // Provinces, total investment: two rows whose values are the API's.
        new Select(driver.findElement(By.name("indicador"))).selectByValue("total_clp");
        new Select(driver.findElement(By.name("nivel"))).selectByValue("province");
        wait.until(d ->
                String.valueOf(body().getDomAttribute("data-sit-choropleth")).startsWith("province:total_clp"));
        assertThat(rankingNames()).hasSize(2).containsExactlyInAnyOrder("Valdivia", "Ranco");
        assertThat(number(js("return window.sitMap.map.getPane('sit-pane-coropleta')"
                        + ".querySelectorAll('path.sit-choropleth').length;")))
                .isEqualTo(2.0);
        assertThat(driver.findElement(By.id("sit-ranking-csv")).getDomAttribute("href"))
                .contains("/api/indicators?nivel=province", "f=csv");
    }

    @Test
    void switchingTheChoroplethOffRemovesItsLegend() {
        tab("indicadores");
        wait.until(d -> body().getDomAttribute("data-sit-choropleth") != null
                && !"loading".equals(body().getDomAttribute("data-sit-choropleth")));
        driver.findElement(By.name("mostrar")).click();
        wait.until(d -> d.findElements(By.id("sit-choropleth-legend")).isEmpty());
        assertThat(driver.findElement(By.id("sit-ranking-section")).isDisplayed())
                .isFalse();
    }

    private void tab(String name) {
        driver.findElement(By.cssSelector(".sit-tab[data-tab='" + name + "']")).click();
    }

    /** Projects drawn on the layer's canvas tiles now (a point counts its pixel's n). */
    private long drawn() {
        return (long) number(js("var n = 0; document.querySelectorAll('canvas.sit-investment-tile').forEach("
                + "function (c) { n += Number(c.getAttribute('data-sit-projects') || 0); }); return n;"));
    }

    @SuppressWarnings("unchecked")
    private List<String> tileRequests() {
        return ((List<String>)
                        js("return performance.getEntriesByType('resource').map(function (e) { return e.name; });"))
                .stream().filter(r -> r.contains("/tiles/proyectos-inversion/")).toList();
    }

    private long shown() {
        return Long.parseLong(body().getDomAttribute("data-sit-investment-shown"));
    }

    private void choose(String field, String value) {
        new Select(driver.findElement(By.cssSelector("#sit-investment-form [name='" + field + "']")))
                .selectByValue(value);
    }

    private void years(String from, String to) {
        WebElement desde = driver.findElement(By.cssSelector("#sit-investment-form [name='desde']"));
        WebElement hasta = driver.findElement(By.cssSelector("#sit-investment-form [name='hasta']"));
        desde.clear();
        desde.sendKeys(from);
        hasta.clear();
        hasta.sendKeys(to);
    }

    private long count(Predicate<JsonNode> filter) {
        return projects.stream().filter(filter).count();
    }

    private static boolean is(JsonNode properties, String field, String value) {
        return value.equals(properties.get(field).asString());
    }

    private int classCount(WebElement legendClass) {
        String text =
                legendClass.findElement(By.cssSelector(".sit-choropleth-count")).getText();
        return Integer.parseInt(text.replaceAll("[()]", ""));
    }

    private List<String> rankingNames() {
        return driver.findElements(By.cssSelector("#sit-ranking tbody tr .sit-rank-name a")).stream()
                .map(WebElement::getText)
                .collect(Collectors.toList());
    }

    private void sortBy(String key) {
        driver.findElement(By.cssSelector("#sit-ranking button[data-sort='" + key + "']"))
                .click();
    }
}
