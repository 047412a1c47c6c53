package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.users.Grant;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administration page: an admin creates a user, gives and takes roles, grants communes × layers, resets a
 * password and disables the user, all from the page (through the users API with the session's CSRF token). Found
 * as a new user: users, roles and grants existed only through curl. A visitor is sent to sign in; a signed-in user
 * who is not an admin gets the Spanish 403 page.
 */
class AdminPageBrowserIT extends AbstractBrowserIT {

    private static final String ADMIN = "admin-administracion";
    private static final String EDITOR = "editora-sin-admin";
    private static final String PASSWORD = "clave-administracion-9";
    private static final String NEW_USER = "tecnica.paillaco";

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Test
    void anAdminManagesUsersRolesGrantsAndPasswordsFromThePage() throws IOException {
        account(ADMIN, Role.ADMIN);
        driver.manage().deleteAllCookies();
        driver.get(url("/administracion"));
        wait.until(d -> d.getCurrentUrl().contains("/login"));
        driver.findElement(By.id("username")).sendKeys(ADMIN);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form.sit-form button")).click();
        wait.until(d -> d.getCurrentUrl().contains("/administracion"));
        ready();
        assertThat(driver.findElements(By.cssSelector(".sit-header nav a")).stream()
                        .map(WebElement::getText))
                .contains("Administración");
        assertThat(row(ADMIN).getText()).contains("habilitado");

        // A weak password is refused with the server's reason; nothing is created.
        expectFailedRequest("/api/users", 422);
        driver.findElement(By.id("sit-new-name")).sendKeys(NEW_USER);
        driver.findElement(By.id("sit-new-password")).sendKeys("valdivia123");
        driver.findElement(By.cssSelector("#sit-new-user button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-new-error")));
        assertThat(driver.findElement(By.id("sit-new-error")).getText()).contains("elija otra");
        assertThat(users.exists(NEW_USER)).isFalse();

        driver.findElement(By.id("sit-new-password")).clear();
        driver.findElement(By.id("sit-new-password")).sendKeys("ríos-y-volcanes-2026");
        driver.findElement(By.cssSelector("#sit-new-user button[type=submit]")).click();
        awaitStatus("Se creó el usuario " + NEW_USER);
        assertThat(users.roles(NEW_USER)).containsExactly(Role.EDITOR);
        assertThat(users.matches(NEW_USER, "ríos-y-volcanes-2026")).isTrue();

        roleBox(NEW_USER, "inversión").click();
        awaitStatus("Se dio el rol inversión a " + NEW_USER);
        assertThat(users.roles(NEW_USER)).containsExactlyInAnyOrder(Role.EDITOR, Role.INVERSION);

        row(NEW_USER)
                .findElement(By.xpath(".//button[starts-with(., 'Permisos')]"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-grants")));
        WebElement paillaco = driver.findElement(By.cssSelector("#sit-grants input[data-cut='14107'][data-layer='*']"));
        paillaco.click();
        awaitStatus(NEW_USER + " puede editar todas las capas en Paillaco");
        assertThat(grants.of(NEW_USER))
                .extracting(Grant::cut, Grant::layerId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("14107", "*"));
        assertThat(driver.findElement(By.cssSelector("#sit-grants input[data-cut='14107']:not([data-layer='*'])"))
                        .isEnabled())
                .as("layers inside «Todas» are not ticked one by one")
                .isFalse();
        screenshot("administracion-permisos.png");

        row(NEW_USER).findElement(By.xpath(".//button[. = 'Nueva contraseña']")).click();
        expectFailedRequest("/password", 422);
        driver.findElement(By.id("sit-reset-password")).sendKeys("aaaaaaaaaaaa");
        driver.findElement(By.id("sit-password-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-password-error")));
        assertThat(driver.findElement(By.id("sit-password-error")).getText()).contains("caracteres distintos");
        assertThat(users.matches(NEW_USER, "aaaaaaaaaaaa")).isFalse();
        driver.findElement(By.id("sit-reset-password")).clear();
        driver.findElement(By.id("sit-reset-password")).sendKeys("otra-clave-para-paillaco");
        driver.findElement(By.id("sit-password-save")).click();
        awaitStatus("Se cambió la contraseña de " + NEW_USER);
        assertThat(users.matches(NEW_USER, "otra-clave-para-paillaco")).isTrue();

        row(NEW_USER).findElement(By.xpath(".//button[. = 'Deshabilitar']")).click();
        awaitStatus(NEW_USER + " ya no puede ingresar");
        assertThat(users.enabled(NEW_USER)).isFalse();
        assertThat(row(NEW_USER).getText()).contains("deshabilitado");

        // An admin cannot lock themselves out from the page: their own admin role and access stay as they are.
        assertThat(roleBox(ADMIN, "administración").isEnabled()).isFalse();
        assertThat(row(ADMIN)
                        .findElement(By.xpath(".//button[. = 'Deshabilitar']"))
                        .isEnabled())
                .isFalse();
        screenshot("administracion.png");
    }

    @Test
    void aSignedInUserWhoIsNotAnAdminGetsTheSpanishForbiddenPage() {
        account(EDITOR, Role.EDITOR);
        signIn(EDITOR, PASSWORD);
        expectFailedRequest("/administracion", 403);
        driver.get(url("/administracion"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sin permiso");
        assertThat(driver.findElements(By.cssSelector(".sit-header nav a")).stream()
                        .map(WebElement::getText))
                .doesNotContain("Administración");
    }

    private void account(String name, Role role) {
        if (!users.exists(name)) {
            users.create(name, PASSWORD, List.of(role));
        }
    }

    private void ready() {
        wait.until(d -> body().getDomAttribute("data-sit-ready") != null);
        assertThat(body().getDomAttribute("data-sit-ready")).isEqualTo("true");
    }

    private WebElement row(String user) {
        return driver.findElement(By.cssSelector("#sit-users tr[data-user='" + user + "']"));
    }

    private WebElement roleBox(String user, String role) {
        return row(user).findElement(By.cssSelector("input[aria-label='" + role + " para " + user + "']"));
    }

    private void awaitStatus(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sit-admin-status"), text));
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-busy")));
    }
}
