package cl.sit.system;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.H2gisTestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With {@code sit.base-url} set, absolute links and redirects use it, whatever {@code Host} or
 * {@code X-Forwarded-*} a client sends; an {@code https} base URL makes the cookies {@code Secure}.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sit.admin-password=clave-admin-de-prueba", "sit.base-url=https://sit.example.cl/"})
class BaseUrlIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void linksUseTheConfiguredBaseUrlNotTheHostHeader() throws IOException {
        String answer = get("/collections?f=json", "Host: atacante.example\r\nX-Forwarded-Host: otro.example\r\n");
        assertThat(answer).startsWith("HTTP/1.1 200");
        assertThat(answer)
                .contains("\"https://sit.example.cl/collections?f=json\"")
                .doesNotContain("atacante.example", "otro.example");
        String page = get("/login", "Host: atacante.example\r\n");
        assertThat(page).doesNotContain("atacante.example");
    }

    @Test
    void cookiesAreSecureBehindAnHttpsBaseUrl() throws IOException {
        String page = get("/login", "Host: sit.example.cl\r\n");
        assertThat(page)
                .containsPattern("(?i)Set-Cookie: SESSION=[^\r\n]*; Secure")
                .containsPattern("(?i)Set-Cookie: XSRF-TOKEN=[^\r\n]*; Secure");
    }

    /** A raw HTTP/1.1 GET, so the test chooses the {@code Host} header. */
    private String get(String path, String headers) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\n" + headers + "Accept: */*\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
