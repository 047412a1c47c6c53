package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Browser;
import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * CSRF and the cookies of a browser session: the token is the session's (a cookie planted by another site does
 * not stand in for it), an {@code Authorization} header does not lift the check from a session or from a browser
 * (an {@code Origin}), cookies are {@code SameSite=Lax}, and every answer carries a {@code Referrer-Policy}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
class SessionSecurityIT {

    private static final String BASIC = "Basic "
            + Base64.getEncoder()
                    .encodeToString("admin:clave-admin-de-prueba".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    Http http;
    Browser browser;

    @BeforeEach
    void signIn() {
        http = new Http(port);
        browser = new Browser(http.base());
        assertThat(browser.signIn("admin", "clave-admin-de-prueba").statusCode())
                .isEqualTo(302);
    }

    @Test
    void theTokenIsTheSessionsNotAnyCookieWithItsName() {
        browser.plant("XSRF-TOKEN", "puesto-por-otro-sitio");
        HttpResponse<String> planted =
                browser.json("POST", "/api/territories", territory("plantado"), "puesto-por-otro-sitio");
        assertThat(planted.statusCode()).as(planted.body()).isEqualTo(403);
    }

    @Test
    void theSessionsOwnTokenIsAccepted() {
        assertThat(browser.json("GET", "/api/editing/me", null, null).statusCode())
                .isEqualTo(200);
        String token = browser.token();
        HttpResponse<String> ok = browser.json("POST", "/api/territories", territory("con-token"), token);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
    }

    @Test
    void anAuthorizationHeaderDoesNotLiftTheCheckFromASession() {
        HttpResponse<String> r =
                browser.json("POST", "/api/territories", territory("sesion-y-basic"), null, "Authorization", BASIC);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
    }

    @Test
    void aBrowserWithRememberedBasicCredentialsNeedsTheToken() {
        HttpResponse<String> crossSite = http.send(
                "POST",
                "/api/territories",
                territory("otro-sitio"),
                "application/json",
                "admin:clave-admin-de-prueba",
                "Origin",
                "https://otro-sitio.example");
        assertThat(crossSite.statusCode()).as(crossSite.body()).isEqualTo(403);
        HttpResponse<String> apiClient = http.send(
                "POST",
                "/api/territories",
                territory("cliente-api"),
                "application/json",
                "admin:clave-admin-de-prueba");
        assertThat(apiClient.statusCode()).as(apiClient.body()).isEqualTo(201);
    }

    @Test
    void cookiesAreSameSiteLaxAndAnswersCarryAReferrerPolicy() {
        HttpResponse<String> page = new Browser(http.base())
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(http.base() + "/login")));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("SESSION="));
        assertThat(cookies).anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN="));
        assertThat(cookies)
                .allSatisfy(
                        c -> assertThat(c).containsIgnoringCase("SameSite=Lax").doesNotContainIgnoringCase("Secure"));
        for (String path : List.of("/login", "/collections", "/api/editing/me")) {
            assertThat(http.get(path).headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("strict-origin-when-cross-origin");
        }
    }

    private static String territory(String code) {
        return "{\"codigo\": \"t14-" + code + "\", \"nombre\": \"Prueba " + code + "\", \"comunas\": [\"14101\"]}";
    }
}
