package cl.sit.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.SitApplication;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Without SIT_ADMIN_PASSWORD the first start prints a random admin password once, and it works; a weak
 * SIT_ADMIN_PASSWORD stops the start.
 */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapIT {

    private static final Pattern PRINTED = Pattern.compile("Contraseña inicial \\(se muestra solo esta vez\\): (\\S+)");

    @Test
    void randomPasswordIsPrintedOnceAndLetsTheAdminIn(CapturedOutput output) throws Exception {
        Path dir = Files.createTempDirectory("sit-admin-");
        String[] args = {
            "--server.port=0",
            "--sit.admin-password=",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE"
        };
        String password;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitApplication.class).run(args)) {
            Matcher m = PRINTED.matcher(output.getAll());
            assertThat(m.find()).as("password printed at first start").isTrue();
            password = m.group(1);
            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            assertThat(createTerritory(port, "admin", password)).isEqualTo(201);
            assertThat(createTerritory(port, "admin", "admin")).isEqualTo(401);
        }
        int before = output.getAll().length();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitApplication.class).run(args)) {
            assertThat(output.getAll().substring(before)).doesNotContain("Contraseña inicial");
        }
    }

    @Test
    void aWeakConfiguredAdminPasswordStopsTheStart() throws Exception {
        Path dir = Files.createTempDirectory("sit-admin-");
        String[] args = {
            "--server.port=0",
            "--sit.admin-password=1234567890",
            "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE"
        };
        assertThatThrownBy(() -> new SpringApplicationBuilder(SitApplication.class)
                        .run(args)
                        .close())
                .hasStackTraceContaining("SIT_ADMIN_PASSWORD");
    }

    private static int createTerritory(int port, String user, String password) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/territories"))
                .header("Content-Type", "application/json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"nombre\": \"Prueba " + password.length() + "\", \"comunas\": [\"14101\"]}"))
                .build();
        return HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString())
                .statusCode();
    }
}
