package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.LayerRegistry;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Agenda 21 dashboard in Chromium: anonymous readers see the 12 × 7 matrix with statuses and no buttons; an
 * admin signs in, publishes a layer of Corral from the page (dialog, POST with the CSRF token) and the cell and the
 * totals are redrawn. Screenshot {@code target/screenshots/agenda21.png}.
 */
class Agenda21DashboardBrowserIT extends AbstractBrowserIT {

    private static final String ADMIN = "a21-browser-admin";
    private static final String EDITOR = "a21-browser-editor";
    private static final String PASSWORD = "clave-a21-navegador";
    private static final String TOURISM = "a21-interes-turistico";

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerRegistry registry;

    @Test
    void anonymousReadersSeeTheMatrixAndAnAdminPublishesFromIt() throws Exception {
        users.create(ADMIN, PASSWORD, List.of(Role.ADMIN));
        users.create(EDITOR, PASSWORD, List.of(Role.EDITOR));
        grants.grant(EDITOR, "14102", "*", ADMIN);
        // Some cartography: Corral's tourism layer sent to review, roads of Valdivia and Corral in draft.
        post("/collections/" + TOURISM + "/items", site(-73.392, -39.986), EDITOR);
        post("/collections/" + TOURISM + "/items", site(-73.382, -39.976), EDITOR);
        post("/collections/a21-vialidad/items", road(-73.25, -39.82), ADMIN);
        post("/collections/a21-vialidad/items", road(-73.39, -39.98), EDITOR);
        post(
                "/api/agenda21/estado",
                "{\"capa\": \"" + TOURISM + "\", \"cut\": \"14102\", \"estado\": \"revision\","
                        + " \"nota\": \"Playas y humedales del litoral\"}",
                EDITOR);
        post(
                "/api/agenda21/estado",
                "{\"capa\": \"a21-residuos\", \"cut\": \"14105\", \"estado\": \"publicado\","
                        + " \"nota\": \"Máfil no tiene vertederos ni puntos limpios\"}",
                ADMIN);

        open("/agenda21");
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix tbody tr")))
                .hasSize(12);
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix thead th")))
                .hasSize(1 + 7 + 1);
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix td.sit-a21-cell")))
                .hasSize(84);
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix button")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix a.sit-a21-open")))
                .isEmpty();
        WebElement corral = cell("14102", TOURISM);
        assertThat(corral.getText())
                .contains("2", "elementos", "revisión", "hoy")
                .doesNotContain(EDITOR);
        assertThat(corral.findElement(By.cssSelector(".sit-a21-badge")).getCssValue("background-color"))
                .isEqualTo("rgba(255, 193, 7, 1)");
        assertThat(cell("14105", "a21-residuos").getText()).contains("publicado");
        assertThat(driver.findElement(By.cssSelector(".sit-header nav")).getText())
                .contains("Agenda 21");
        fullPageScreenshot("agenda21-anonimo.png");

        // An editor of Corral gets buttons in Corral's row only.
        signIn(EDITOR);
        open("/agenda21");
        assertThat(driver.findElements(By.cssSelector("tr:not([data-cut='14102']) button")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("tr[data-cut='14102'] button[data-estado='revision']")))
                .hasSize(6);
        assertThat(cell("14102", TOURISM).findElement(By.cssSelector("button")).getText())
                .isEqualTo("Devolver a borrador");
        // Each of Corral's cells opens the editor on that layer and commune; no other row has the link.
        assertThat(driver.findElements(By.cssSelector("tr:not([data-cut='14102']) a.sit-a21-open")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("tr[data-cut='14102'] a.sit-a21-open")))
                .hasSize(7);
        cell("14102", TOURISM).findElement(By.cssSelector("a.sit-a21-open")).click();
        wait.until(d -> d.getCurrentUrl().contains("/editor#capa=" + TOURISM + "&comuna=14102"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sit-editor-layer")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo(TOURISM);
        assertThat(new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("sit-editor-commune")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Corral");
        driver.manage().deleteAllCookies();

        signIn(ADMIN);
        open("/agenda21");
        assertThat(cell("14102", TOURISM).getText()).contains(EDITOR, "Nota: Playas y humedales del litoral");
        cell("14102", TOURISM)
                .findElement(By.cssSelector("button[data-estado='publicado']"))
                .click();
        WebElement dialog = driver.findElement(By.id("sit-a21-dialog"));
        wait.until(d -> dialog.isDisplayed());
        assertThat(driver.findElement(By.id("sit-a21-dialog-text")).getText())
                .contains("Publicar", "Espacios de interés turístico y ecológico", "Corral", "revisión → publicado");
        driver.findElement(By.id("sit-a21-note")).sendKeys("Revisada con la oficina de turismo");
        driver.findElement(By.id("sit-a21-confirm")).click();
        wait.until(d -> cell("14102", TOURISM).getDomAttribute("data-estado").equals("publicado"));
        assertThat(dialog.isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("sit-a21-status")).getText()).contains("quedó en publicado");
        assertThat(cell("14102", TOURISM).getText()).contains("publicado", "Revisada con la oficina de turismo");
        assertThat(driver.findElement(By.cssSelector("tfoot td[data-capa='" + TOURISM + "']"))
                        .getText())
                .contains("1/12 con datos", "1/12 publicadas");
        assertThat(driver.findElement(By.cssSelector("tr[data-cut='14102'] td.sit-a21-total"))
                        .getText())
                .contains("2/7 con datos", "1/7 publicadas");
        fullPageScreenshot("agenda21.png");

        // Every action is a visible button (none behind "⋯"): an admin sees "Publicar" on a draft too.
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix details")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("#sit-a21-matrix a.sit-a21-open")))
                .hasSize(84);
        // An empty layer cannot be published without a note: the server says why, in the dialog.
        cell("14101", "a21-uso-suelo")
                .findElement(By.cssSelector("button[data-estado='publicado']"))
                .click();
        wait.until(d -> d.findElement(By.id("sit-a21-dialog")).isDisplayed());
        assertThat(driver.findElement(By.id("sit-a21-note-hint")).getText()).contains("obligatoria");
        js("document.getElementById('sit-a21-note').required = false;");
        driver.findElement(By.id("sit-a21-confirm")).click();
        wait.until(d -> d.findElement(By.id("sit-a21-dialog-error")).isDisplayed());
        assertThat(driver.findElement(By.id("sit-a21-dialog-error")).getText()).contains("no tiene elementos");
        driver.findElement(By.id("sit-a21-cancel")).click();
        assertThat(cell("14101", "a21-uso-suelo").getDomAttribute("data-estado"))
                .isEqualTo("borrador");
        // The refused request is the console's only error (Chromium logs every 4xx response).
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                        .map(LogEntry::getMessage)
                        .filter(AbstractBrowserIT::fromApplication))
                .singleElement()
                .asString()
                .contains("/api/agenda21/estado", "422");
    }

    @AfterEach
    void cleanUp() {
        for (Map<String, Object> f : jdbc.queryForList(
                "SELECT DISTINCT layer_id, feature_id FROM feature_history WHERE username IN (?, ?)", ADMIN, EDITOR)) {
            String table =
                    registry.find((String) f.get("layer_id")).orElseThrow().table();
            jdbc.update("DELETE FROM \"" + table + "\" WHERE \"id\" = ?", f.get("feature_id"));
            jdbc.update(
                    "DELETE FROM feature_history WHERE layer_id = ? AND feature_id = ?",
                    f.get("layer_id"),
                    f.get("feature_id"));
        }
        jdbc.update("DELETE FROM layer_status WHERE changed_by IN (?, ?)", ADMIN, EDITOR);
        jdbc.update("DELETE FROM app_user WHERE username IN (?, ?)", ADMIN, EDITOR);
        driver.manage().deleteAllCookies();
    }

    private WebElement cell(String cut, String layer) {
        return driver.findElement(By.cssSelector("td[data-cut='" + cut + "'][data-capa='" + layer + "']"));
    }

    private void signIn(String user) {
        signIn(user, PASSWORD);
    }

    private static String site(double lon, double lat) {
        return "{\"type\": \"Feature\", \"properties\": {\"nombre\": \"Sitio de prueba\", \"tipo\": \"Playa\"}, "
                + "\"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[[" + lon + ", " + lat + "], ["
                + (lon + 0.004) + ", " + lat + "], [" + (lon + 0.004) + ", " + (lat + 0.004) + "], [" + lon + ", "
                + (lat + 0.004) + "], [" + lon + ", " + lat + "]]]}}";
    }

    private static String road(double lon, double lat) {
        return "{\"type\": \"Feature\", \"properties\": {\"nombre\": \"Camino de prueba\", \"categoria\": "
                + "\"Camino vecinal\"}, \"geometry\": {\"type\": \"LineString\", \"coordinates\": [[" + lon + ", "
                + lat + "], [" + (lon + 0.005) + ", " + (lat + 0.003) + "]]}}";
    }

    private void post(String path, String body, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/geo+json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> r = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isIn(200, 201);
    }
}
