package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The browser editor, driven with real mouse clicks on the Leaflet map (pixel positions from
 * {@code map.latLngToContainerPoint}): an editor of Corral draws a polygon, fills the form, saves, edits it, reads
 * its history and goes back to version 1; an invalid polygon shows the server's error on the map and the repair
 * preview; a vertex snaps to another feature's vertex; a stale version gives the 412 message and a reload; a
 * deletion is confirmed and undone. The server state is checked through the API with the editor's own credentials.
 */
class EditorBrowserIT extends AbstractBrowserIT {

    private static final String EDITOR = "editora-corral";
    private static final String PASSWORD = "clave-de-la-editora";
    private static final String CORRAL = "14102";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @BeforeEach
    void editorOfCorral() {
        if (!users.exists(EDITOR)) {
            users.create(EDITOR, PASSWORD, List.of(Role.EDITOR));
            grants.grant(EDITOR, CORRAL, "*", "admin");
        }
    }

    @Test
    void drawsSavesEditsAndRevertsAPolygon() throws Exception {
        openEditor("a21-interes-turistico");
        zoomTo(-73.390, -39.984, 16);
        driver.findElement(By.id("sit-draw-button")).click();
        clickAll(new double[][] {{-73.392, -39.986}, {-73.388, -39.986}, {-73.388, -39.982}, {-73.392, -39.982}});
        clickAt(-73.392, -39.986); // the first vertex closes the polygon
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-edit-section")));
        assertThat(driver.findElement(By.id("sit-edit-title")).getText()).isEqualToIgnoringCase("Nuevo polígono");

        // The form follows the schema: required marks, a list for the domain, a checkbox for the boolean.
        assertThat(driver.findElements(By.cssSelector("#sit-attr-fields .sit-required")))
                .hasSize(2);
        assertThat(driver.findElement(By.id("sit-attr-tipo")).getTagName()).isEqualTo("select");
        assertThat(driver.findElement(By.id("sit-attr-protegido")).getDomAttribute("type"))
                .isEqualTo("checkbox");
        // Client-side check before anything is sent: the required "Tipo" is missing.
        driver.findElement(By.id("sit-attr-nombre")).sendKeys("Playa Chaihuín");
        driver.findElement(By.id("sit-save")).click();
        assertThat(driver.findElement(By.id("sit-attr-tipo-error")).getText())
                .isEqualTo("Falta el atributo obligatorio «Tipo»");
        screenshot("editor-dibujo.png");

        new Select(driver.findElement(By.id("sit-attr-tipo"))).selectByVisibleText("Playa");
        new Select(driver.findElement(By.id("sit-attr-acceso"))).selectByVisibleText("Público");
        driver.findElement(By.id("sit-motivo")).sendKeys("Levantamiento de prueba");
        driver.findElement(By.id("sit-save")).click();
        String saved = awaitMessage("versión 1");
        assertThat(saved).contains("Creado", "Playa Chaihuín");
        long id = ((Number) js("return window.sitEditor.state.edit.id;")).longValue();
        JsonNode v1 = Http.parse(
                api("GET", item("a21-interes-turistico", id), null, null).body());
        assertThat(v1.path("properties").path("version").asInt()).isEqualTo(1);
        assertThat(v1.path("properties").path("cut").asString()).isEqualTo(CORRAL);
        assertThat(v1.path("geometry").path("type").asString()).isEqualTo("MultiPolygon");

        // Version 2: another name and type, and the north-east corner dragged (undo once, then drag again).
        dragVertex(-73.388, -39.982, 40, -25);
        driver.findElement(By.id("sit-undo")).click();
        assertThat(Http.parse((String) js("return JSON.stringify(window.sitEditor.state.edit.geometry);")))
                .isEqualTo(v1.path("geometry"));
        dragVertex(-73.388, -39.982, 40, -25);
        WebElement name = driver.findElement(By.id("sit-attr-nombre"));
        name.clear();
        name.sendKeys("Playa Chaihuín Norte");
        new Select(driver.findElement(By.id("sit-attr-tipo"))).selectByVisibleText("Humedal");
        driver.findElement(By.id("sit-save")).click();
        assertThat(awaitMessage("versión 2")).contains("Guardado", "Playa Chaihuín Norte");

        driver.findElement(By.id("sit-history-open")).click();
        wait.until(d -> d.findElements(By.cssSelector(".sit-history-entry")).size() == 2);
        List<String> entries = texts(".sit-history-entry");
        assertThat(entries.get(0)).contains("Versión 2 · Modificación", EDITOR);
        assertThat(entries.get(1)).contains("Versión 1 · Creación", EDITOR, "Motivo: Levantamiento de prueba");
        driver.findElement(By.cssSelector(".sit-history-entry[data-version='2']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-history-detail")));
        assertThat(texts("#sit-history-diff tbody tr"))
                .containsExactly("Nombre Playa Chaihuín Playa Chaihuín Norte", "Tipo Playa Humedal");
        assertThat(driver.findElement(By.id("sit-history-geometry")).getText()).contains("La geometría cambió");
        // Before (red, dashed) and after (green) are both drawn above the feature.
        assertThat(js("return Array.prototype.map.call(document.querySelectorAll('.leaflet-sit-above-pane path'),"
                        + " function (p) { return p.getAttribute('stroke'); }).sort().join(' ');"))
                .isEqualTo("#2e7d32 #d32f2f");
        assertThat(driver.findElement(By.id("sit-revert-box")).isDisplayed()).isFalse(); // already the latest
        screenshot("editor-historial.png");

        driver.findElement(By.cssSelector(".sit-history-entry[data-version='1']"))
                .click();
        driver.findElement(By.id("sit-revert-motivo")).sendKeys("Vuelve el levantamiento original");
        driver.findElement(By.id("sit-revert")).click();
        assertThat(awaitMessage("versión 3")).contains("volvió a la versión 1");
        wait.until(d -> d.findElements(By.cssSelector(".sit-history-entry")).size() == 3);
        assertThat(texts(".sit-history-entry").get(0))
                .contains("Versión 3 · Vuelta atrás", "Motivo: Vuelve el levantamiento original");
        assertThat(driver.findElement(By.id("sit-attr-nombre")).getDomProperty("value"))
                .isEqualTo("Playa Chaihuín");
        screenshot("editor-revertido.png");

        // The server holds version 3 with the attributes and geometry of version 1.
        HttpResponse<String> now = api("GET", item("a21-interes-turistico", id), null, null);
        assertThat(now.headers().firstValue("ETag")).hasValue("\"3\"");
        JsonNode v3 = Http.parse(now.body());
        assertThat(v3.path("properties").path("version").asInt()).isEqualTo(3);
        for (String attribute : List.of("nombre", "tipo", "acceso", "protegido", "obs")) {
            assertThat(v3.path("properties").path(attribute))
                    .as(attribute)
                    .isEqualTo(v1.path("properties").path(attribute));
        }
        assertThat(v3.path("geometry")).isEqualTo(v1.path("geometry"));
        JsonNode history = Http.parse(api("GET", item("a21-interes-turistico", id) + "/history", null, null)
                .body());
        assertThat(history.findValuesAsString("operacion")).containsExactly("create", "update", "revert");
    }

    @Test
    void anInvalidPolygonShowsTheErrorOnTheMapAndTheRepairPreview() throws Exception {
        openEditor("a21-uso-suelo");
        zoomTo(-73.390, -39.984, 16);
        driver.findElement(By.id("sit-draw-button")).click();
        // A bow tie: its edges cross. A stray fifth click is taken back with "Borrar último punto".
        clickAll(new double[][] {
            {-73.3915, -39.9855}, {-73.3885, -39.9825}, {-73.3885, -39.9855}, {-73.3915, -39.9825}, {-73.3900, -39.9800}
        });
        driver.findElement(By.linkText("Borrar último punto")).click();
        clickAt(-73.3915, -39.9855);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-edit-section")));
        assertThat(number(js("return window.sitEditor.state.edit.geometry.coordinates[0][0].length;")))
                .isEqualTo(5);
        new Select(driver.findElement(By.id("sit-attr-uso"))).selectByVisibleText("Humedales");

        expectFailedRequest("/collections/a21-uso-suelo/items", 422);
        driver.findElement(By.id("sit-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-geometry-errors")));
        assertThat(driver.findElement(By.id("sit-geometry-error-list")).getText())
                .contains("Geometría no válida", "autointersección");
        // The problem is marked where the server located it: the crossing at the middle of the bow tie.
        WebElement marker = driver.findElement(By.cssSelector(".sit-problem-marker"));
        assertThat(driver.findElement(By.cssSelector(".sit-problem-tooltip")).getText())
                .contains("autointersección");
        double[] crossing = pixel(-73.3900, -39.9840);
        double[] at = {
            number(js(
                    "var r = arguments[0].getBoundingClientRect(), m = document.getElementById("
                            + "'sit-map').getBoundingClientRect(); return r.left + r.width / 2 - m.left;",
                    marker)),
            number(js(
                    "var r = arguments[0].getBoundingClientRect(), m = document.getElementById("
                            + "'sit-map').getBoundingClientRect(); return r.top + r.height / 2 - m.top;",
                    marker))
        };
        assertThat(Math.hypot(at[0] - crossing[0], at[1] - crossing[1])).isLessThan(3);
        assertThat(features("a21-uso-suelo")).isZero();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-repair")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-repair-box")));
        assertThat(js("return Array.prototype.map.call(document.querySelectorAll('.leaflet-sit-above-pane path'),"
                        + " function (p) { return p.getAttribute('stroke'); }).join(' ');"))
                .isEqualTo("#6a1b9a");
        assertThat(features("a21-uso-suelo"))
                .as("nothing is saved before the user accepts")
                .isZero();
        screenshot("editor-reparacion.png");

        driver.findElement(By.id("sit-repair-accept")).click();
        assertThat(awaitMessage("versión 1")).contains("Creado");
        JsonNode stored = Http.parse(api("GET", "/collections/a21-uso-suelo/items?cut=" + CORRAL, null, null)
                .body());
        assertThat(stored.path("features")).hasSize(1);
        assertThat(stored.path("features").get(0).path("geometry").path("coordinates"))
                .hasSize(2); // two triangles
        assertThat(js("return document.querySelectorAll('.leaflet-sit-above-pane path').length;"))
                .isEqualTo(0L);
    }

    @Test
    void aVertexSnapsAStaleVersionOffersAReloadAndADeletionCanBeUndone() throws Exception {
        String layer = "a21-biodiversidad";
        HttpResponse<String> created = api("POST", "/collections/" + layer + "/items", """
                {"type": "Feature", "properties": {"tipo": "Renoval"}, "geometry": {"type": "Polygon",
                 "coordinates": [[[-73.392, -39.986], [-73.389, -39.986], [-73.389, -39.983], [-73.392, -39.986]]]}}
                """, null);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Http.parse(created.body()).path("id").asLong();

        openEditor(layer);
        zoomTo(-73.390, -39.984, 16);
        driver.findElement(By.id("sit-draw-button")).click();
        double[] corner = pixel(-73.389, -39.983);
        // 4 px and 3 px away from the other feature's corner: the vertex lands exactly on it.
        new Actions(driver)
                .moveToElement(
                        map(),
                        (int) Math.round(corner[0]) + 4 - width() / 2,
                        (int) Math.round(corner[1]) + 3 - height() / 2)
                .click()
                .perform();
        clickAll(new double[][] {{-73.386, -39.983}, {-73.386, -39.981}});
        driver.findElement(By.linkText("Terminar")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-edit-section")));
        assertThat(js("return window.sitEditor.state.edit.geometry.coordinates[0][0][0];"))
                .isEqualTo(List.of(-73.389, -39.983));
        driver.findElement(By.id("sit-discard")).click();
        assertThat(driver.findElement(By.id("sit-edit-section")).isDisplayed()).isFalse();

        // Someone else saves version 2 while the page still edits version 1.
        driver.findElement(By.cssSelector(".sit-feature-item[data-id='" + id + "']"))
                .click();
        assertThat(api("PATCH", item(layer, id), "{\"properties\": {\"especies\": \"Coigüe y ulmo\"}}", "\"1\"")
                        .statusCode())
                .isEqualTo(200);
        driver.findElement(By.id("sit-attr-obs")).sendKeys("Cambio que llega tarde");
        expectFailedRequest(item(layer, id), 412);
        driver.findElement(By.id("sit-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-conflict")));
        assertThat(driver.findElement(By.id("sit-conflict-text")).getText())
                .contains("Otra persona guardó un cambio", "no se guardó");
        screenshot("editor-conflicto.png");
        driver.findElement(By.id("sit-conflict-reload")).click();
        assertThat(awaitMessage("versión 2")).contains("Se recargó");
        assertThat(driver.findElement(By.id("sit-attr-especies")).getDomProperty("value"))
                .isEqualTo("Coigüe y ulmo");
        assertThat(driver.findElement(By.id("sit-edit-meta")).getText()).contains("versión 2");

        // Deleting asks first, and can be undone (a revert to the version before the deletion).
        driver.findElement(By.id("sit-delete")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-delete-yes")))
                .click();
        assertThat(awaitMessage("Se eliminó")).contains("versión 3");
        assertThat(api("GET", item(layer, id), null, null).statusCode()).isEqualTo(404);
        assertThat(driver.findElements(By.cssSelector(".sit-feature-item"))).isEmpty();
        driver.findElement(By.id("sit-editor-message-action")).click();
        assertThat(awaitMessage("Se recuperó")).contains("versión 4");
        assertThat(api("GET", item(layer, id), null, null).headers().firstValue("ETag"))
                .hasValue("\"4\"");
    }

    @Test
    void theCommunesOtherLayersAreAReferenceToTraceAndSnapTo() throws Exception {
        // A road already drawn in Corral; the land-use layer is then edited over it.
        HttpResponse<String> road = api("POST", "/collections/a21-vialidad/items", """
                {"type": "Feature", "properties": {"nombre": "Camino a Chaihuín", "categoria": "Camino comunal"},
                 "geometry": {"type": "LineString", "coordinates": [[-73.3925, -39.9925], [-73.3895, -39.9905]]}}
                """, null);
        assertThat(road.statusCode()).as(road.body()).isEqualTo(201);
        long id = Http.parse(road.body()).path("id").asLong();
        try {
            openEditor("a21-uso-suelo");
            wait.until(d -> body().getDomAttribute("data-sit-reference") != null
                    && Integer.parseInt(body().getDomAttribute("data-sit-reference")) >= 1);
            assertThat(driver.findElements(By.cssSelector(".leaflet-sit-reference-pane path")))
                    .isNotEmpty();
            zoomTo(-73.391, -39.991, 16);
            driver.findElement(By.id("sit-draw-button")).click();
            double[] end = pixel(-73.3895, -39.9905);
            // 3 px and 4 px from the road's end: the land-use vertex lands on it.
            new Actions(driver)
                    .moveToElement(
                            map(),
                            (int) Math.round(end[0]) + 3 - width() / 2,
                            (int) Math.round(end[1]) - 4 - height() / 2)
                    .click()
                    .perform();
            clickAll(new double[][] {{-73.387, -39.9905}, {-73.387, -39.988}});
            driver.findElement(By.linkText("Terminar")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-edit-section")));
            assertThat(js("return window.sitEditor.state.edit.geometry.coordinates[0][0][0];"))
                    .isEqualTo(List.of(-73.3895, -39.9905));
            screenshot("editor-referencia.png");
            driver.findElement(By.id("sit-discard")).click();
            // Switched off, the references leave the map and snapping.
            driver.findElement(By.id("sit-reference")).click();
            assertThat(driver.findElements(By.cssSelector(".leaflet-sit-reference-pane path")))
                    .isEmpty();
        } finally {
            api("DELETE", item("a21-vialidad", id), null, "\"1\"");
        }
    }

    @Test
    void importsAFileWithProgressAndListsTheProblemsOfABadOne() throws Exception {
        openEditor("a21-residuos");
        int before = features("a21-residuos");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("sit-editor-import-");
        java.nio.file.Path good = dir.resolve("residuos.geojson");
        java.nio.file.Files.writeString(
                good,
                "{\"type\":\"FeatureCollection\",\"features\":[" + waste(-73.3905, -39.9845, "Punto limpio") + ","
                        + waste(-73.3895, -39.9835, "Punto verde") + "]}");
        driver.findElement(By.id("sit-files-file")).sendKeys(good.toString());
        driver.findElement(By.id("sit-files-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("sit-files-result"), "Se importaron 2 elementos"));
        idle();
        assertThat(features("a21-residuos")).isEqualTo(before + 2);
        wait.until(d -> driver.findElement(By.id("sit-feature-count")).getText().contains(String.valueOf(before + 2)));
        assertThat(driver.findElement(By.id("sit-files-shapefile")).getDomAttribute("href"))
                .endsWith("/collections/a21-residuos/export?formato=shapefile");

        // A file with a value outside the domain and a point in the sea: nothing is written, every problem listed.
        java.nio.file.Path bad = dir.resolve("malo.geojson");
        java.nio.file.Files.writeString(
                bad,
                "{\"type\":\"FeatureCollection\",\"features\":[" + waste(-73.3905, -39.9845, "Incinerador") + ","
                        + waste(-73.75, -39.9, "Vertedero") + "]}");
        expectFailedRequest("/collections/a21-residuos/import", 422);
        driver.findElement(By.id("sit-files-file")).clear();
        driver.findElement(By.id("sit-files-file")).sendKeys(bad.toString());
        driver.findElement(By.id("sit-files-submit")).click();
        wait.until(d -> driver.findElement(By.id("sit-files-errors")).isDisplayed());
        assertThat(texts("#sit-files-errors tbody tr")).hasSize(2);
        assertThat(texts("#sit-files-errors tbody tr").get(0)).startsWith("1 tipo");
        assertThat(texts("#sit-files-errors tbody tr").get(1)).startsWith("2 geometry");
        assertThat(driver.findElement(By.id("sit-files-result")).getText()).contains("no se guardó nada");
        assertThat(features("a21-residuos")).isEqualTo(before + 2);
        screenshot("editor-importar.png");
    }

    private static String waste(double lon, double lat, String type) {
        return "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"" + type + "\",\"estado\":\"Operativo\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}}";
    }

    /**
     * Opens the editor (signing in as the editor of Corral when the page sends the browser to the sign-in page) and
     * chooses a layer and Corral in its lists.
     */
    private void openEditor(String layer) {
        driver.get(url("/editor"));
        if (driver.getCurrentUrl().contains("/login")) {
            driver.findElement(By.id("username")).sendKeys(EDITOR);
            driver.findElement(By.id("password")).sendKeys(PASSWORD);
            driver.findElement(By.cssSelector("form.sit-form button")).click();
            wait.until(d -> d.getCurrentUrl().contains("/editor"));
        }
        wait.until(d -> body().getDomAttribute("data-sit-ready") != null);
        assertThat(body().getDomAttribute("data-sit-ready")).isEqualTo("true");
        assertThat(driver.findElement(By.id("sit-editor-user")).getText()).contains(EDITOR);
        new Select(driver.findElement(By.id("sit-editor-layer"))).selectByValue(layer);
        idle();
        Select commune = new Select(driver.findElement(By.id("sit-editor-commune")));
        assertThat(commune.getOptions()).extracting(WebElement::getText).containsExactly("Corral");
        commune.selectByVisibleText("Corral");
        idle();
        assertThat(driver.findElement(By.id("sit-feature-count")).getText()).endsWith("en Corral.");
    }

    private void idle() {
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-busy")));
    }

    private String awaitMessage(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sit-editor-message"), text));
        idle();
        return driver.findElement(By.id("sit-editor-message")).getText();
    }

    private void zoomTo(double lon, double lat, int zoom) {
        js(
                "window.sitEditor.map.setView([arguments[1], arguments[0]], arguments[2], {animate: false});",
                lon,
                lat,
                zoom);
    }

    private WebElement map() {
        return driver.findElement(By.id("sit-map"));
    }

    private int width() {
        return map().getSize().getWidth();
    }

    private int height() {
        return map().getSize().getHeight();
    }

    /** The map container pixel of a longitude and latitude. */
    private double[] pixel(double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Number> p = (List<Number>) js(
                "var p = window.sitEditor.map.latLngToContainerPoint([arguments[1], "
                        + "arguments[0]]); return [p.x, p.y];",
                lon,
                lat);
        return new double[] {p.get(0).doubleValue(), p.get(1).doubleValue()};
    }

    /** A real mouse click on the map at a longitude and latitude (Selenium offsets are from the centre). */
    private void clickAt(double lon, double lat) {
        double[] p = pixel(lon, lat);
        new Actions(driver)
                .moveToElement(map(), (int) Math.round(p[0]) - width() / 2, (int) Math.round(p[1]) - height() / 2)
                .click()
                .perform();
    }

    private void clickAll(double[][] points) {
        for (double[] p : points) {
            clickAt(p[0], p[1]);
        }
    }

    /** Drags the vertex handle at a longitude and latitude by some pixels, in two mouse moves. */
    private void dragVertex(double lon, double lat, int dx, int dy) {
        double[] p = pixel(lon, lat);
        new Actions(driver)
                .moveToElement(map(), (int) Math.round(p[0]) - width() / 2, (int) Math.round(p[1]) - height() / 2)
                .clickAndHold()
                .moveByOffset(dx / 2, dy / 2)
                .moveByOffset(dx - dx / 2, dy - dy / 2)
                .release()
                .perform();
    }

    private List<String> texts(String css) {
        return driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getText().replace('\n', ' '))
                .toList();
    }

    private static String item(String layer, long id) {
        return "/collections/" + layer + "/items/" + id;
    }

    private int features(String layer) {
        return Http.parse(api("GET", "/collections/" + layer + "/items?cut=" + CORRAL, null, null)
                        .body())
                .path("features")
                .size();
    }

    /** A request to the API as the editor (HTTP Basic: no session, no CSRF token). */
    private HttpResponse<String> api(String method, String path, String body, String ifMatch) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Accept", "application/json, application/geo+json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header(
                    "Content-Type", method.equals("PATCH") ? "application/merge-patch+json" : "application/geo+json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
