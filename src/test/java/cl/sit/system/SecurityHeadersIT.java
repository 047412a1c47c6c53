package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every HTML page, the sign-in and error pages among them, sends a Content-Security-Policy that allows scripts
 * and styles from SIT itself only (no inline code, no plugins, no framing, forms only to SIT) and
 * {@code X-Content-Type-Options: nosniff}. Headers do not depend on the store, so H2GIS only.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
class SecurityHeadersIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/",
                "/territorios",
                "/territorios/14102",
                "/territorios/99999",
                "/agenda21",
                "/login",
                "/login?error",
                "/inversion/importar",
                "/collections?f=html",
                "/collections/comunas?f=html",
                "/collections/comunas/items?f=html",
                "/collections/comunas/items/14102?f=html",
                "/collections/comunas/queryables?f=html",
                "/api?f=html",
                "/conformance?f=html",
                "/collections/nada?f=html",
                "/no-existe"
            })
    void everyHtmlPageSendsTheContentSecurityPolicy(String path) {
        HttpResponse<String> page = http.send("GET", path, null, null, null, "Accept", "text/html");
        if (page.statusCode() == 200) {
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        }
        assertStrictPolicy(page);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/editor", "/collections/a21-uso-suelo/items?f=html"})
    void signedInPagesSendItToo(String path) {
        HttpResponse<String> page =
                http.send("GET", path, null, null, "admin:clave-admin-de-prueba", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(200);
        assertStrictPolicy(page);
    }

    private static void assertStrictPolicy(HttpResponse<String> page) {
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        String header = page.headers().firstValue("Content-Security-Policy").orElse("");
        Map<String, List<String>> policy = directives(header);
        assertThat(policy)
                .as(header)
                .containsEntry("default-src", List.of("'self'"))
                .containsEntry("script-src", List.of("'self'"))
                .containsEntry("style-src", List.of("'self'"))
                .containsEntry("object-src", List.of("'none'"))
                .containsEntry("base-uri", List.of("'self'"))
                .containsEntry("frame-ancestors", List.of("'none'"))
                .containsEntry("form-action", List.of("'self'"));
        assertThat(policy.get("img-src"))
                .as(header)
                .contains("'self'", "data:", "blob:")
                .noneMatch(source -> source.equals("*") || source.contains("unsafe"));
        assertThat(header).doesNotContain("unsafe-inline", "unsafe-eval", "unsafe-hashes");
    }

    private static Map<String, List<String>> directives(String header) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String part : header.split(";")) {
            List<String> words = Arrays.asList(part.trim().split("\\s+"));
            if (!words.get(0).isEmpty()) {
                out.put(words.get(0), words.subList(1, words.size()));
            }
        }
        return out;
    }
}
