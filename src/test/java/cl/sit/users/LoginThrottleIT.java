package cl.sit.users;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Browser;
import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Brute force on one account: after 3 failures (here) further attempts, even with the right password, are a 429
 * with {@code Retry-After}, for HTTP Basic and the sign-in form alike; an account that does not exist answers the
 * same; a success resets the count. The address limit is set high here (see {@link LoginAddressThrottleIT}).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sit.admin-password=clave-admin-de-prueba",
            "sit.login.account-failures=3",
            "sit.login.address-failures=1000",
            "sit.login.window=10m"
        })
class LoginThrottleIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        for (String name : List.of("t7-basic", "t7-form", "t7-existe", "t7-reset")) {
            if (!users.exists(name)) {
                users.create(name, "clave-correcta-t7", List.of(Role.EDITOR));
            }
        }
    }

    @Test
    void basicAttemptsAfterTheLimitAre429EvenWithTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThat(me("t7-basic:clave-equivocada").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = me("t7-basic:clave-correcta-t7");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(blocked.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 600L);
        assertThat(Http.parse(blocked.body()).path("code").asString()).isEqualTo("TooManyAttempts");
        assertThat(Http.parse(blocked.body()).path("description").asString()).contains("Demasiados intentos");
    }

    @Test
    void theSignInFormIsThrottledWithASpanishMessage() {
        Browser browser = new Browser(http.base());
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> failed = browser.signIn("t7-form", "clave-equivocada");
            assertThat(failed.headers().firstValue("Location").orElse("")).contains("error");
        }
        HttpResponse<String> blocked = browser.signIn("t7-form", "clave-correcta-t7");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(blocked.body()).contains("Ingresar a SIT", "Demasiados intentos");
    }

    @Test
    void anAccountThatDoesNotExistAnswersTheSame() {
        List<String> existing = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        long[] existingMs = new long[4];
        long[] missingMs = new long[4];
        for (int i = 0; i < 4; i++) {
            existingMs[i] = timed(existing, "t7-existe:clave-equivocada");
            missingMs[i] = timed(missing, "t7-nadie:clave-equivocada");
        }
        assertThat(missing).isEqualTo(existing);
        assertThat(existing.get(3)).startsWith("429 ");
        // A failure costs one password hash whether or not the account exists.
        assertThat(median(missingMs)).isGreaterThan(median(existingMs) / 3);
    }

    @Test
    void aSuccessResetsTheAccountCount() {
        for (int round = 0; round < 3; round++) {
            assertThat(me("t7-reset:clave-equivocada").statusCode()).isEqualTo(401);
            assertThat(me("t7-reset:clave-equivocada").statusCode()).isEqualTo(401);
            assertThat(me("t7-reset:clave-correcta-t7").statusCode())
                    .as("round " + round)
                    .isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            me("t7-reset:clave-equivocada");
        }
        assertThat(me("t7-reset:clave-correcta-t7").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> me(String credentials) {
        return http.send("GET", "/api/editing/me", null, null, credentials);
    }

    private long timed(List<String> answers, String credentials) {
        long start = System.nanoTime();
        HttpResponse<String> r = me(credentials);
        long ms = (System.nanoTime() - start) / 1_000_000;
        answers.add(r.statusCode() + " " + r.body());
        return ms;
    }

    private static long median(long[] ms) {
        long[] first = Arrays.copyOf(ms, 3);
        Arrays.sort(first);
        return first[1];
    }
}
