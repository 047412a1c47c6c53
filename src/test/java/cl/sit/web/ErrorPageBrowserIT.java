package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;

/**
 * A browser opening an address that fails gets a Spanish page with the header and ways back; programs keep the
 * JSON error. Found as a new user: {@code /no-existe} in a browser showed raw JSON.
 */
class ErrorPageBrowserIT extends AbstractBrowserIT {

    @Test
    void aMistypedAddressShowsASpanishPageWithWaysBack() throws IOException {
        expectFailedRequest("/no-existe", 404);
        driver.get(url("/no-existe"));
        assertThat(driver.getTitle()).isEqualTo("Página no encontrada – SIT");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
        assertThat(driver.findElement(By.cssSelector(".sit-error-description")).getText())
                .isEqualTo("No existe el recurso /no-existe");
        assertThat(driver.findElement(By.cssSelector(".sit-error-code")).getText())
                .contains("404", "NotFound");
        assertThat(driver.findElements(By.cssSelector(".sit-header nav a"))).isNotEmpty();
        assertThat(driver.findElement(By.linkText("Volver al mapa")).getDomAttribute("href"))
                .endsWith("/");
        assertThat(driver.getPageSource()).doesNotContain("\"code\"");
        screenshot("error-404.png");
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.navigate().refresh();
        screenshot("error-404-telefono.png");
    }

    @Test
    void aFeatureThatDoesNotExistOnItsHtmlPageSaysSoInSpanish() {
        expectFailedRequest("/collections/comunas/items/99999", 404);
        driver.get(url("/collections/comunas/items/99999?f=html"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Página no encontrada");
        assertThat(driver.findElement(By.cssSelector(".sit-error-description")).getText())
                .isEqualTo("No existe el elemento '99999' en la colección comunas");
    }

    @Test
    void programsStillGetTheJsonError() throws Exception {
        HttpResponse<String> page = get("/no-existe", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        for (String accept : new String[] {null, "*/*", "application/json", "application/json, text/html"}) {
            HttpResponse<String> json = get("/no-existe", accept);
            assertThat(json.statusCode()).as(accept).isEqualTo(404);
            assertThat(json.headers().firstValue("Content-Type").orElseThrow())
                    .as(accept)
                    .startsWith("application/json");
            assertThat(json.body()).as(accept).contains("\"code\":\"NotFound\"");
        }
        HttpResponse<String> asJson = get("/collections/comunas/items/99999?f=json", "text/html");
        assertThat(asJson.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        HttpResponse<String> post = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/no-existe")))
                                .header("Accept", "text/html")
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(post.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/html");
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
