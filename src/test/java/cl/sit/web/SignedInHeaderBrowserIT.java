package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page's header says who is signed in and offers the sign-out (a POST with the session's CSRF token), on the
 * pages of the web package and on the OGC API's HTML pages alike; an anonymous visitor sees "Ingresar" and no
 * sign-out, also on the sign-in page. Found as a new user: the header always said "Ingresar", and the sign-in page
 * offered "Cerrar sesión" to anonymous visitors. The header wraps on a 390 px phone instead of widening the page.
 */
class SignedInHeaderBrowserIT extends AbstractBrowserIT {

    private static final String USER = "planificadora-cabecera";
    private static final String PASSWORD = "clave-cabecera-navegador";
    private static final List<String> PAGES = List.of(
            "/",
            "/territorios",
            "/collections?f=html",
            "/collections/comunas/items/14102?f=html",
            "/agenda21",
            "/login",
            "/inversion/importar");

    @Autowired
    UserStore users;

    @Test
    void theHeaderNamesTheSignedInUserOnEveryPageAndSignsOut() throws IOException {
        driver.manage().deleteAllCookies();
        for (String page : PAGES) {
            driver.get(url(page));
            assertThat(headerLinks()).as(page).contains("Ingresar");
            assertThat(driver.findElements(By.cssSelector(".sit-header-user")))
                    .as(page)
                    .isEmpty();
        }
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("Cerrar sesión");

        users.create(USER, PASSWORD, List.of(Role.INVERSION));
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(USER);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form.sit-form button")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        for (String page : PAGES) {
            driver.get(url(page));
            WebElement user = driver.findElement(By.cssSelector(".sit-header-user"));
            assertThat(user.findElement(By.cssSelector(".sit-header-name")).getText())
                    .as(page)
                    .isEqualTo(USER);
            assertThat(user.findElement(By.tagName("button")).getText())
                    .as(page)
                    .isEqualTo("Cerrar sesión");
            assertThat(headerLinks()).as(page).doesNotContain("Ingresar");
        }
        driver.get(url("/login"));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ya ingresó como " + USER);
        driver.get(url("/collections?f=html"));
        screenshot("cabecera-usuario.png");

        driver.findElement(By.cssSelector(".sit-header-user button")).click();
        wait.until(d -> d.findElements(By.cssSelector(".sit-header-user")).isEmpty());
        assertThat(headerLinks()).contains("Ingresar");
        driver.get(url("/territorios"));
        assertThat(headerLinks()).contains("Ingresar");
    }

    @Test
    void theHeaderWrapsOnAPhone() throws IOException {
        driver.manage().window().setSize(new Dimension(390, 844));
        long inner = ((Number) js("return window.innerWidth;")).longValue();
        for (String page : PAGES) {
            driver.get(url(page));
            long header = ((Number) js("return document.querySelector('.sit-header').scrollWidth;")).longValue();
            assertThat(header)
                    .as(page + ": header width at a " + inner + " px window")
                    .isLessThanOrEqualTo(inner);
        }
        driver.get(url("/login"));
        screenshot("cabecera-telefono.png");
    }

    private List<String> headerLinks() {
        return driver.findElements(By.cssSelector(".sit-header nav a")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
