package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.users.Role;
import cl.sit.users.UserStore;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page of SIT, anonymous and signed in, at a desktop window (1400×900) and a phone (390×844): axe-core finds no
 * serious or critical WCAG 2.1 A/AA violation, the page never scrolls sideways, and a screenshot of each is kept in
 * {@code target/screenshots/paginas/}. Found as a new user: contrast at 1.9:1 to 3.22:1 (axe: 5 violations on the
 * map, 81 on the profile, 179 on the Agenda 21 page), no skip link, headers 798 px wide on a 390 px phone.
 */
class EveryPageBrowserIT extends AbstractBrowserIT {

    private static final String ADMIN = "admin-paginas";
    private static final String PASSWORD = "clave-paginas-navegador";
    private static final Dimension PHONE = new Dimension(390, 844);
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** Pages an anonymous visitor opens (path, screenshot name). */
    private static final List<String[]> PUBLIC = List.of(
            page("/", "mapa"),
            page("/territorios", "territorios"),
            page("/inversion", "tablero"),
            page("/territorios/14101", "ficha-comuna"),
            page("/territorios/14", "ficha-region"),
            page("/territorios/homogeneos", "territorios-homogeneos"),
            page("/inversion/proyectos/1", "proyecto"),
            page("/agenda21", "agenda21"),
            page("/collections?f=html", "colecciones"),
            page("/collections/comunas?f=html", "coleccion"),
            page("/collections/comunas/items?f=html&limit=5", "elementos"),
            page("/collections/comunas/items/14102?f=html", "elemento"),
            page("/collections/comunas/queryables?f=html", "consultables"),
            page("/conformance?f=html", "conformidad"),
            page("/api?f=html", "api"),
            page("/datos-abiertos", "datos-abiertos"),
            page("/login", "ingresar"),
            page("/no-existe", "error-404"));

    /** Pages only a signed-in user opens. */
    private static final List<String[]> SIGNED_IN = List.of(
            page("/agenda21", "agenda21-admin"),
            page("/editor", "editor"),
            page("/inversion/importar", "importar"),
            page("/administracion", "administracion"));

    @Autowired
    UserStore users;

    @Test
    void everyPublicPageIsAccessibleAndFitsAPhone() throws IOException {
        driver.manage().deleteAllCookies();
        expectFailedRequest("/no-existe", 404);
        List<String> problems = new ArrayList<>();
        for (String[] page : PUBLIC) {
            check(page, problems);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPageOfASignedInAdministratorIsAccessibleAndFitsAPhone() throws IOException {
        if (!users.exists(ADMIN)) {
            users.create(ADMIN, PASSWORD, List.of(Role.ADMIN, Role.INVERSION, Role.EDITOR));
        }
        signIn(ADMIN, PASSWORD);
        List<String> problems = new ArrayList<>();
        for (String[] page : SIGNED_IN) {
            check(page, problems);
        }
        check(page("/", "mapa-admin"), problems);
        assertThat(problems).isEmpty();
    }

    @Test
    void theFirstTabStopSkipsThePanelToTheContent() {
        for (String path : List.of("/", "/territorios/14101", "/collections?f=html")) {
            driver.get(url(path));
            settle();
            driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
            WebElement skip = driver.switchTo().activeElement();
            assertThat(skip.getText()).as(path).isEqualTo("Saltar al contenido");
            assertThat(skip.getRect().getY()).as(path + ": shown when focused").isGreaterThanOrEqualTo(0);
            skip.sendKeys(Keys.ENTER);
            assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                    .as(path)
                    .isEqualTo("contenido");
        }
        driver.get(url("/"));
        settle();
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        driver.switchTo().activeElement().sendKeys(Keys.TAB);
        assertThat(driver.switchTo().activeElement().getDomAttribute("id"))
                .as("after the skip, the next Tab reaches the map, past the panel")
                .isEqualTo("sit-map");
    }

    private void check(String[] page, List<String> problems) throws IOException {
        for (Dimension size : List.of(WINDOW, PHONE)) {
            driver.manage().window().setSize(size);
            driver.get(url(page[0]));
            settle();
            String where = page[0] + " at " + size.getWidth() + " px";
            long overflow = ((Number)
                            js("return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
                    .longValue();
            if (overflow > 0) {
                problems.add(
                        where + ": scrolls sideways by " + overflow + " px; widest: "
                                + js(
                                        "var w ="
                                                + " document.documentElement.clientWidth; return Array.from(document.querySelectorAll("
                                                + "'main *, header *')).filter(e => e.getBoundingClientRect().right > w + 1"
                                                + " && !e.closest('.sit-scroll')).slice(-3).map(e => e.tagName + '.' + e.className + ' '"
                                                + " + Math.round(e.getBoundingClientRect().right) + ' ' + e.textContent.slice(0, 40));"));
            }
            Results results = new AxeBuilder()
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .analyze(driver);
            for (Rule rule : results.getViolations()) {
                if (BLOCKING.contains(rule.getImpact())) {
                    problems.add(where + ": " + rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") on "
                            + rule.getNodes().stream()
                                    .limit(3)
                                    .map(n -> n.getTarget() + " " + n.getFailureSummary())
                                    .collect(Collectors.joining(" | ")));
                }
            }
            screenshot("paginas/" + page[1] + "-" + size.getWidth() + ".png");
        }
        driver.manage().window().setSize(WINDOW);
    }

    /** Waits for a page's script to say it is ready (pages whose script does not say so are ready when loaded). */
    private void settle() {
        wait.until(d -> "complete".equals(js("return document.readyState;")));
        boolean scripted = (Boolean) js("return !!document.querySelector('script[src$=\"/js/mapa.js\"],"
                + " script[src$=\"/js/ficha.js\"], script[src$=\"/js/agenda21.js\"], script[src$=\"/js/editor.js\"],"
                + " script[src$=\"/js/administracion.js\"], script[src$=\"/js/tablero.js\"],"
                + " script[src$=\"/js/proyecto.js\"], script[src$=\"/js/territorios-homogeneos.js\"]');");
        if (scripted) {
            wait.until(d -> body().getDomAttribute("data-sit-ready") != null);
            wait.until(d -> !"true".equals(body().getDomAttribute("data-sit-busy")));
        }
    }

    private static String[] page(String path, String name) {
        return new String[] {path, name};
    }
}
