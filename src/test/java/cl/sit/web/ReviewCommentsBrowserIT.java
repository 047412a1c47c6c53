package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import cl.sit.users.Grants;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Review comments in the browser: an admin reviewing Corral's solid-waste layer comments on a feature in the
 * editor, the Agenda 21 dashboard counts the open comment in that cell, and the comment is marked resolved.
 */
class ReviewCommentsBrowserIT extends AbstractBrowserIT {

    private static final String ADMIN = "admin-comentarios";
    private static final String EDITOR = "editora-comentarios";
    private static final String PASSWORD = "clave-comentarios-2026";
    private static final String LAYER = "a21-residuos";

    @Autowired
    UserStore users;

    @Autowired
    Grants grants;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminCommentsOnAFeatureTheDashboardCountsItAndItIsResolved() throws IOException {
        users.create(ADMIN, PASSWORD, List.of(Role.ADMIN));
        users.create(EDITOR, PASSWORD, List.of(Role.EDITOR));
        grants.grant(EDITOR, "14102", "*", ADMIN);
        HttpResponse<String> created = new Http(port)
                .send(
                        "POST",
                        "/collections/" + LAYER + "/items",
                        "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\"},"
                                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-73.39,-39.984]}}",
                        "application/geo+json",
                        EDITOR + ":" + PASSWORD);
        assertThat(created.statusCode()).isEqualTo(201);
        long id = Http.parse(created.body()).get("id").asLong();

        signIn(ADMIN, PASSWORD);
        driver.get(url("/editor#capa=" + LAYER + "&comuna=14102"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-busy")));
        js("sitEditor.select(arguments[0]);", id);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-comments-section")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sit-comments-empty")));
        driver.findElement(By.id("sit-comment-text")).sendKeys("¿Este punto limpio sigue operativo?");
        driver.findElement(By.id("sit-comment-add")).click();
        wait.until(d -> d.findElements(By.cssSelector("#sit-comments-list .sit-comment"))
                        .size()
                == 1);
        assertThat(driver.findElement(By.cssSelector(".sit-comment-text")).getText())
                .isEqualTo("¿Este punto limpio sigue operativo?");
        assertThat(driver.findElement(By.cssSelector(".sit-comment-meta")).getText())
                .startsWith(ADMIN)
                .endsWith("abierto");
        assertThat(driver.findElement(By.id("sit-comments-heading")).getDomProperty("textContent"))
                .endsWith("(1 abierto)");
        screenshot("editor-comentarios.png");

        open("/agenda21");
        assertThat(driver.findElement(
                                By.cssSelector("td[data-capa='" + LAYER + "'][data-cut='14102'] .sit-a21-comments"))
                        .getText())
                .isEqualTo("1 comentario abierto");

        driver.get(url("/editor#capa=" + LAYER + "&comuna=14102"));
        wait.until(d -> "true".equals(body().getDomAttribute("data-sit-ready")));
        wait.until(d -> "false".equals(body().getDomAttribute("data-sit-busy")));
        js("sitEditor.select(arguments[0]);", id);
        wait.until(d -> d.findElements(By.cssSelector("#sit-comments-list .sit-comment"))
                        .size()
                == 1);
        driver.findElement(By.xpath("//li[contains(@class,'sit-comment')]//button[. = 'Marcar resuelto']"))
                .click();
        wait.until(d -> d.findElements(By.cssSelector("#sit-comments-list .sit-comment.is-resolved"))
                        .size()
                == 1);
        assertThat(driver.findElement(By.id("sit-comments-heading")).getDomProperty("textContent"))
                .endsWith("(0 abiertos)");
        open("/agenda21");
        assertThat(driver.findElements(
                        By.cssSelector("td[data-capa='" + LAYER + "'][data-cut='14102'] .sit-a21-comments")))
                .isEmpty();
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("DELETE FROM review_comment WHERE layer_id = ?", LAYER);
        jdbc.update("DELETE FROM a21_residuos");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", LAYER);
        jdbc.update("DELETE FROM app_user WHERE username IN (?, ?)", ADMIN, EDITOR);
    }
}
