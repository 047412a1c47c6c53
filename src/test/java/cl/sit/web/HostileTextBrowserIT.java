package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Stored XSS: hostile text is saved through the real API in every text a user can write (a layer's title,
 * description and attribute titles, a feature's text attributes, history reasons, a custom territory's name and
 * description, an Agenda 21 review note, an investment project's names; user names are refused), then every page
 * is opened, popups, tooltips, the layer control and the history diff shown. No script may run (the payloads set
 * {@code window.__xss}), the hostile text must read as text, and the app's own pages must raise no
 * Content-Security-Policy violation; an injected inline handler must be blocked by the policy. Its own application
 * context (the layer and territory it adds would change what the other browser tests count).
 */
@TestPropertySource(properties = "sit.admin-password=clave-admin-hostil")
class HostileTextBrowserIT extends AbstractBrowserIT {

    static final String IMG = "<img src=x onerror=\"window.__xss='img'\">";
    static final String SCRIPT = "<script>window.__xss='script'</script>";
    static final String SVG = "\"><svg onload=window.__xss='svg'>";
    static final String JS_URL = "javascript:window.__xss='url'";
    static final String LAYER = "xss-puntos";
    static final String TERRITORY = "red-hostil";
    static final String ADMIN = "admin:clave-admin-hostil";
    static final String EDITOR = "editora-hostil";
    static final String EDITOR_PASSWORD = "clave-de-la-editora-hostil";
    static final String CORRAL = "14102";

    /** Runs before any page script: records CSP violations and turns dialogs into a mark. */
    static final String PROBE = "window.__csp = [];"
            + "document.addEventListener('securitypolicyviolation', function (e) {"
            + "  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber);"
            + "});"
            + "window.alert = window.prompt = function () { window.__xss = 'dialog'; };";

    static boolean stored;
    static long featureId;
    static long projectId;

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    Http http;

    @BeforeEach
    void hostileData() {
        http = new Http(port);
        if (stored) {
            return;
        }
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", PROBE));
        if (!users.exists(EDITOR)) {
            users.create(EDITOR, EDITOR_PASSWORD, List.of(Role.EDITOR));
            grants.grant(EDITOR, CORRAL, "*", "admin");
        }
        created(http.send(
                "POST",
                "/api/layers",
                """
                {"id": "%s", "titulo": %s, "descripcion": %s, "tipo_geometria": "Point", "atributos": [
                  {"nombre": "nombre", "tipo": "string", "titulo": %s, "obligatorio": true},
                  {"nombre": "detalle", "tipo": "string", "titulo": %s},
                  {"nombre": "enlace", "tipo": "string", "titulo": %s}]}""".formatted(
                                LAYER,
                                q("Capa " + IMG),
                                q(SVG),
                                q("Nombre " + SCRIPT),
                                q("Descripción " + IMG),
                                q("Enlace " + SVG)),
                "application/json",
                ADMIN));
        JsonNode feature = Http.parse(created(http.send(
                        "POST",
                        "/collections/" + LAYER + "/items?motivo=" + encode(SVG),
                        feature(IMG),
                        "application/geo+json",
                        EDITOR + ":" + EDITOR_PASSWORD))
                .body());
        featureId = feature.get("id").asLong();
        HttpResponse<String> updated = http.send(
                "PUT",
                "/collections/" + LAYER + "/items/" + featureId + "?motivo=" + encode(IMG),
                feature(SVG),
                "application/geo+json",
                EDITOR + ":" + EDITOR_PASSWORD,
                "If-Match",
                "\"1\"");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        created(http.send(
                "POST",
                "/api/territories",
                """
                {"codigo": "%s", "nombre": %s, "descripcion": %s, "comunas": ["14101", "14102"]}""".formatted(TERRITORY, q("Red " + IMG), q(SCRIPT + SVG)),
                "application/json",
                ADMIN));
        JsonNode project = Http.parse(created(http.send(
                        "POST",
                        "/api/investments/import",
                        """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                  "geometry": {"type": "Point", "coordinates": [-73.43, -39.89]},
                  "properties": {"nombre": %s, "programa": %s, "sector": %s, "etapa": "idea",
                    "costo_total_clp": 90000000000, "anio_inicio": 2025, "anio_fin": 2026, "comuna_declarada": "14102"}}]}""".formatted(q(IMG), q(SVG), q(SCRIPT)),
                        "application/geo+json",
                        ADMIN))
                .body());
        projectId = project.get("ids").get(0).asLong();
        reviewNote();
        stored = true;
    }

    @Test
    void userNamesThatAreMarkupAreRefused() {
        for (String name : List.of(IMG, SCRIPT, SVG)) {
            HttpResponse<String> r = http.send("POST", "/api/users", """
                    {"username": %s, "password": "una-clave-larga", "roles": ["editor"]}""".formatted(q(name)), "application/json", ADMIN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        }
    }

    @Test
    void theMapShowsHostileTextAsText() {
        signIn(); // features of an editable layer: anonymous users see published communes only
        open("/");
        driver.findElement(By.cssSelector("li[data-collection='" + LAYER + "'] .sit-legend-toggle"))
                .click();
        wait.until(d -> number(js("return window.sitMap.layers[arguments[0]].getLayers().length;", LAYER)) > 0);
        assertThat(driver.findElement(By.id("sit-legend")).getText()).contains("Capa " + IMG);
        js(
                "window.sitMap.map.setView([-39.885, -73.43], 13, {animate: false});"
                        + "window.sitMap.layers[arguments[0]].eachLayer(function (l) { l.openPopup(); });",
                LAYER);
        String popup = text(".leaflet-popup-content");
        assertThat(popup).contains(SVG, "Nombre " + SCRIPT, "Descripción " + IMG, JS_URL);
        assertThat(driver.findElements(By.cssSelector(".leaflet-popup-content a[href^='javascript']")))
                .isEmpty();
        new Actions(driver)
                .moveToElement(driver.findElement(By.cssSelector(".leaflet-control-layers")))
                .perform();
        wait.until(d -> d.findElement(By.cssSelector(".leaflet-control-layers-overlays"))
                .isDisplayed());
        assertThat(text(".leaflet-control-layers-overlays")).contains("Capa " + IMG);
        js("window.sitMap.map.closePopup();");
        wait.until(d -> Boolean.TRUE.equals(
                js("return window.sitMap.layers['proyectos-inversion'].openFeature(arguments[0]);", projectId)));
        wait.until(d -> text(".leaflet-popup-content").contains(IMG));
        assertThat(text(".leaflet-popup-content")).contains(SVG, SCRIPT);
        noScriptRan("/");
    }

    @Test
    void theEditorTooltipListFormAndHistoryShowHostileTextAsText() {
        signIn();
        driver.get(url("/editor"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        new Select(driver.findElement(By.id("sit-editor-layer"))).selectByValue(LAYER);
        idle();
        new Select(driver.findElement(By.id("sit-editor-commune"))).selectByValue(CORRAL);
        idle();
        assertThat(driver.findElement(By.id("sit-feature-list")).getText()).contains(SVG);
        // The reported attack: an admin hovers the feature on the map.
        WebElement marker = (WebElement)
                js("return window.sitEditor.state.features[arguments[0]].layers[0].getElement();", featureId);
        new Actions(driver).moveToElement(marker).perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".leaflet-tooltip")));
        assertThat(driver.findElement(By.cssSelector(".leaflet-tooltip")).getText())
                .isEqualTo(SVG);
        driver.findElement(By.cssSelector("#sit-feature-list button[data-id='" + featureId + "']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-edit-section")));
        assertThat(driver.findElement(By.id("sit-attr-fields")).getText())
                .contains("Nombre " + SCRIPT, "Descripción " + IMG, "Enlace " + SVG);
        assertThat(driver.findElement(By.id("sit-attr-nombre")).getDomProperty("value"))
                .isEqualTo(SVG);
        driver.findElement(By.id("sit-history-open")).click();
        wait.until(d -> d.findElements(By.cssSelector(".sit-history-entry")).size() == 2);
        assertThat(driver.findElement(By.id("sit-history-list")).getText())
                .contains("Motivo: " + IMG, "Motivo: " + SVG);
        driver.findElement(By.cssSelector(".sit-history-entry[data-version='2']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-history-detail")));
        assertThat(driver.findElement(By.id("sit-history-diff")).getText()).contains("Nombre " + SCRIPT, IMG, SVG);
        noScriptRan("/editor");
    }

    @Test
    void everyOtherPageShowsHostileTextAsText() {
        signIn();
        String item = "/collections/" + LAYER + "/items/" + featureId + "?f=html";
        Map<String, String> pages = Map.of(
                "/territorios",
                "Red " + IMG,
                "/territorios/" + TERRITORY,
                SCRIPT + SVG,
                "/territorios/" + CORRAL,
                IMG,
                "/agenda21",
                "Nota: " + IMG,
                "/collections?f=html",
                "Capa " + IMG,
                "/collections/" + LAYER + "?f=html",
                SVG,
                "/collections/" + LAYER + "/items?f=html",
                "Descripción " + IMG,
                item,
                JS_URL,
                "/inversion/importar",
                "",
                "/login",
                "");
        pages.forEach((path, text) -> {
            driver.get(url(path));
            wait.until(d -> "complete".equals(js("return document.readyState;")));
            if (body().getDomAttribute("data-sit-ready") != null || path.startsWith("/territorios/")) {
                wait.until(d -> body().getDomAttribute("data-sit-ready") != null);
            }
            assertThat(body().getText()).as(path).contains(text);
            assertThat(driver.findElements(By.cssSelector("a[href^='javascript']")))
                    .as(path)
                    .isEmpty();
            noScriptRan(path);
        });
    }

    @Test
    void theContentSecurityPolicyBlocksInjectedInlineCode() {
        open("/");
        // As if some markup slipped through: the policy must stop its handlers, its javascript: link and its style.
        js("var d = document.createElement('div');"
                + "d.innerHTML = '<img src=\"data:,\" onerror=\"window.__xss=1\" onload=\"window.__xss=1\">'"
                + " + '<a id=\"sit-x\" href=\"javascript:window.__xss=2\">x</a>'"
                + " + '<b id=\"sit-y\" style=\"color: rgb(255, 0, 0)\">y</b>';"
                + "document.body.appendChild(d);");
        driver.findElement(By.id("sit-x")).click();
        wait.until(d -> js("return window.__xss;") != null || number(js("return window.__csp.length;")) >= 3);
        assertThat(js("return window.__xss;")).as("injected inline code ran").isNull();
        assertThat(js("return window.__csp.join('\\n');").toString()).contains("script-src", "style-src");
        assertThat(js("return getComputedStyle(document.getElementById('sit-y')).color;"))
                .isNotEqualTo("rgb(255, 0, 0)");
        // Chrome reports each blocked handler as a console error, which is this test's purpose.
        driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    private void noScriptRan(String page) {
        js("return new Promise(function (r) { setTimeout(r, 300); });");
        assertThat(js("return window.__xss;"))
                .as("a hostile script ran on %s", page)
                .isNull();
        assertThat(js("return window.__csp.join('\\n');"))
                .as("CSP violations on %s", page)
                .isEqualTo("");
    }

    /** An element's text as the DOM holds it (Leaflet's panes are not always "visible" to WebDriver). */
    private String text(String css) {
        return (String) js("var e = document.querySelector(arguments[0]); return e ? e.textContent : '';", css);
    }

    private void signIn() {
        driver.get(url("/login"));
        if (!driver.findElements(By.id("username")).isEmpty()) {
            driver.findElement(By.id("username")).sendKeys(EDITOR);
            driver.findElement(By.id("password")).sendKeys(EDITOR_PASSWORD);
            driver.findElement(By.cssSelector("form.sit-form button")).click();
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
        }
    }

    private void idle() {
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-busy")));
    }

    /** An Agenda 21 review note on a layer of Corral, whatever status the layer has now. */
    private void reviewNote() {
        JsonNode rows = Http.parse(http.send("GET", "/api/agenda21/estado?region=14", null, null, ADMIN)
                .body());
        String from = null;
        for (JsonNode commune : rows.path("comunas")) {
            for (JsonNode cell : commune.path("celdas")) {
                if (CORRAL.equals(cell.path("cut").asString())
                        && "a21-uso-suelo".equals(cell.path("capa").asString())) {
                    from = cell.path("estado").asString();
                }
            }
        }
        assertThat(from).as(rows.toString()).isNotNull();
        String to = "revision".equals(from) ? "borrador" : "revision";
        created(http.send(
                "POST", "/api/agenda21/estado", """
                {"capa": "a21-uso-suelo", "cut": "%s", "estado": "%s", "desde": "%s", "nota": %s}""".formatted(CORRAL, to, from, q(IMG)), "application/json", ADMIN));
    }

    private static String feature(String name) {
        return """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.43, -39.885]},
                 "properties": {"nombre": %s, "detalle": %s, "enlace": %s}}""".formatted(q(name), q(SCRIPT + " " + SVG), q(JS_URL));
    }

    private static HttpResponse<String> created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
        return r;
    }

    private static String q(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
