package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Chromium;
import cl.sit.support.H2gisTestDatabase;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An investment officer signs in, uploads a CSV of 2,000 projects on the import page, sees the preview (nothing
 * written yet), confirms and sees them imported; previews a file with a row outside the loaded territory, sees the
 * warning with its row and confirms; uploads a file with errors and sees every error listed, with nothing written;
 * and finds each import in a project's "Historial de cambios".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportPageBrowserIT {

    private static Chromium chromium;

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @BeforeAll
    static void browser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void officerImportsAFileAndSeesTheErrorsOfABadOne() throws Exception {
        users.create("oficial", "clave-oficial", List.of(Role.INVERSION));
        WebDriver d = chromium.driver();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
        String base = "http://localhost:" + port;

        d.get(base + "/inversion/importar");
        assertThat(d.findElement(By.tagName("main")).getText()).contains("Debe ingresar");
        d.get(base + "/login");
        d.findElement(By.id("username")).sendKeys("oficial");
        d.findElement(By.id("password")).sendKeys("clave-oficial");
        d.findElement(By.cssSelector("form.sit-form button")).click();
        wait.until(w -> !w.getCurrentUrl().contains("/login"));

        int before = count();
        d.get(base + "/inversion/importar");
        d.findElement(By.id("sit-import-file")).sendKeys(csv(2000, false).toString());
        d.findElement(By.cssSelector("#sit-import-form button")).click();
        wait.until(w -> w.findElement(By.id("sit-import-confirm")).isDisplayed());
        assertThat(d.findElement(By.id("sit-import-result")).getText())
                .contains("Vista previa", "se importarían 2000 proyectos (2000 nuevos", "sin advertencias");
        assertThat(d.findElement(By.id("sit-import-warnings")).isDisplayed()).isFalse();
        assertThat(count()).as("a preview writes nothing").isEqualTo(before);
        d.findElement(By.id("sit-import-confirm")).click();
        wait.until(w -> w.findElement(By.id("sit-import-result")).getText().contains("Se importaron"));
        assertThat(d.findElement(By.id("sit-import-result")).getText()).contains("Se importaron 2000 proyectos");
        assertThat(d.findElement(By.id("sit-import-confirm")).isDisplayed()).isFalse();
        assertThat(count()).isEqualTo(before + 2000);
        chromium.screenshot("importar-ok");

        // A row on Rapa Nui, far from the loaded communes: the preview warns about row 2; the officer confirms.
        Path warned = Files.createTempFile("proyectos-rapanui-", ".csv");
        Files.writeString(
                warned,
                "EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,EBI_COSTO_TOTAL,CMN_CLAVE,"
                        + "ANIO_INICIO,ANIO_FIN,LON,LAT\n6000001-1,<img src=x onerror=window.__h=1>Posta Niebla,FNDR,Salud,"
                        + "diseño,1000,14101,2024,2025,-73.39,-39.87\n6000002-2,Posta Hanga Roa,FNDR,Salud,idea,1000,14101,2024,2025,-109.43,-27.15\n");
        d.findElement(By.id("sit-import-file")).sendKeys(warned.toString());
        d.findElement(By.cssSelector("#sit-import-form button")).click();
        wait.until(w -> w.findElement(By.id("sit-import-warnings")).isDisplayed());
        assertThat(d.findElement(By.id("sit-import-result")).getText()).contains("Vista previa", "con 1 advertencia.");
        List<WebElement> cells = d.findElements(By.cssSelector("#sit-import-warnings tbody tr td"));
        assertThat(cells.get(0).getText()).isEqualTo("2");
        assertThat(cells.get(2).getText()).contains("fuera del territorio cargado");
        assertThat(count()).isEqualTo(before + 2000);
        chromium.screenshot("importar-vista-previa");
        d.findElement(By.id("sit-import-confirm")).click();
        wait.until(w -> w.findElement(By.id("sit-import-result")).getText().contains("Se importaron"));
        assertThat(d.findElement(By.id("sit-import-result")).getText()).contains("Se importaron 2 proyectos");
        assertThat(d.findElement(By.id("sit-import-warnings")).getText()).contains("fuera del territorio cargado");
        assertThat(count()).isEqualTo(before + 2002);

        // The project's page shows its history: created by this officer from that file.
        int id = jdbc.queryForObject("SELECT id FROM investment_project WHERE codigo_bip = '6000001-1'", Integer.class);
        d.get(base + "/collections/proyectos-inversion/items/" + id + "?f=html");
        wait.until(w -> w.findElements(By.cssSelector("#sit-project-history-list li.sit-history-entry"))
                        .size()
                == 1);
        String history = d.findElement(By.id("sit-project-history")).getText();
        assertThat(history)
                .contains(
                        "Historial de cambios",
                        "Creado el",
                        "por oficial",
                        "importación: " + warned.getFileName(),
                        "Nombre: — → <img src=x onerror=window.__h=1>Posta Niebla",
                        "Mostrando 1 de 1");
        assertThat(d.findElements(By.cssSelector("#sit-project-history img")))
                .as("text, never markup")
                .isEmpty();
        ((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("document.getElementById('sit-project-history').scrollIntoView();");
        chromium.screenshot("proyecto-historial");
        d.get(base + "/inversion/importar");

        d.findElement(By.id("sit-import-file")).sendKeys(csv(50, true).toString());
        d.findElement(By.cssSelector("#sit-import-form button")).click();
        wait.until(w -> w.findElement(By.id("sit-import-errors")).isDisplayed());
        assertThat(d.findElements(By.cssSelector("#sit-import-errors tbody tr")))
                .hasSize(2);
        assertThat(d.findElement(By.id("sit-import-errors")).getText()).contains("CMN_CLAVE", "EBI_ETAPA");
        assertThat(d.findElement(By.id("sit-import-result")).getText()).contains("no se guardó nada");
        assertThat(d.findElement(By.id("sit-import-confirm")).isDisplayed())
                .as("nothing to confirm")
                .isFalse();
        assertThat(count()).isEqualTo(before + 2002);
        chromium.screenshot("importar-errores");

        // The same file again, as an updated export: with "Actualizar" nothing is created and nothing changes.
        d.findElement(By.id("sit-import-update")).click();
        d.findElement(By.id("sit-import-file")).sendKeys(csv(2000, false).toString());
        d.findElement(By.cssSelector("#sit-import-form button")).click();
        wait.until(w -> w.findElement(By.id("sit-import-confirm")).isDisplayed());
        d.findElement(By.id("sit-import-confirm")).click();
        wait.until(w -> w.findElement(By.id("sit-import-result")).getText().contains("Se importaron"));
        assertThat(d.findElement(By.id("sit-import-result")).getText())
                .contains("0 nuevos, 0 actualizados, 2000 sin cambios");
        assertThat(count()).isEqualTo(before + 2002);
        d.findElement(By.cssSelector("#sit-import-help summary")).click();
        assertThat(d.findElement(By.id("sit-import-help")).getText())
                .contains("formato chileno", "150.5", "factibilidad", "«terminado» es un estado");
        assertThat(d.findElement(By.id("sit-import-template-excel")).getAttribute("href"))
                .endsWith("/api/investments/import/template?formato=excel");
    }

    @Test
    void anAdminRemovesTheIllustrativeProjectsWithTheButton() {
        users.create("admin-pagina", "clave-admin-pagina", List.of(Role.ADMIN));
        users.create("oficial-pagina", "clave-oficial-pagina", List.of(Role.INVERSION));
        WebDriver d = chromium.driver();
        WebDriverWait wait = new WebDriverWait(d, Duration.ofSeconds(60));
        String base = "http://localhost:" + port;
        signIn(d, wait, base, "oficial-pagina", "clave-oficial-pagina");
        d.get(base + "/inversion/importar");
        assertThat(d.findElements(By.id("sit-remove-illustrative"))).isEmpty();
        d.manage().deleteAllCookies();

        signIn(d, wait, base, "admin-pagina", "clave-admin-pagina");
        d.get(base + "/inversion/importar");
        d.findElement(By.id("sit-remove-illustrative")).click();
        d.switchTo().alert().accept();
        wait.until(w -> w.findElement(By.id("sit-remove-result")).isDisplayed());
        assertThat(d.findElement(By.id("sit-remove-result")).getText())
                .isEqualTo("Se retiraron 300 proyectos ilustrativos.");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_project WHERE ilustrativo = TRUE", Integer.class))
                .isZero();
        d.get(base + "/inversion/importar");
        assertThat(d.findElement(By.id("sit-illustrative")).getText()).contains("No hay proyectos ilustrativos");
        // The map's notice and legend badge go with them.
        d.get(base + "/");
        wait.until(w ->
                w.findElements(By.cssSelector("#sit-legend .sit-legend-item")).size() > 0);
        assertThat(d.findElement(By.id("sit-illustrative-notice")).isDisplayed())
                .isFalse();
        assertThat(d.findElement(By.id("sit-legend")).getText()).doesNotContain("ilustrativo");
        d.manage().deleteAllCookies();
    }

    private static void signIn(WebDriver d, WebDriverWait wait, String base, String user, String password) {
        d.get(base + "/login");
        d.findElement(By.id("username")).sendKeys(user);
        d.findElement(By.id("password")).sendKeys(password);
        d.findElement(By.cssSelector("form.sit-form button")).click();
        wait.until(w -> !w.getCurrentUrl().contains("/login"));
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class);
    }

    /** A CSV of {@code rows} projects around Valdivia; with {@code broken}, rows 7 and 30 have errors. */
    private static Path csv(int rows, boolean broken) throws Exception {
        StringBuilder sb = new StringBuilder("EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,EBI_COSTO_TOTAL,"
                + "CMN_CLAVE,ANIO_INICIO,ANIO_FIN,LON,LAT\n");
        for (int i = 1; i <= rows; i++) {
            String commune = broken && i == 7 ? "99999" : "14101";
            String stage = broken && i == 30 ? "soñado" : "perfil";
            sb.append(String.format(
                    java.util.Locale.ROOT,
                    "%s%08d-0,Proyecto de prueba %d,FRIL,Deportes,%s,%d,%s,2024,2025,%.5f,%.5f%n",
                    broken ? "8" : "7",
                    i,
                    i,
                    stage,
                    1000 + i,
                    commune,
                    -73.2 - (i % 50) * 0.001,
                    -39.8 - (i % 40) * 0.001));
        }
        Path file = Files.createTempFile("proyectos-", ".csv");
        Files.writeString(file, sb);
        return file;
    }
}
