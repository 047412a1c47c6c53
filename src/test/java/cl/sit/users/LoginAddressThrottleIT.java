package cl.sit.users;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.H2gisTestDatabase;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Password spraying from one address: after 5 failures (here) on any accounts, that address gets 429s. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "sit.admin-password=clave-admin-de-prueba",
            "sit.login.account-failures=100",
            "sit.login.address-failures=5"
        })
class LoginAddressThrottleIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Test
    void manyFailuresFromOneAddressBlockEveryAccountFromIt() {
        users.create("t7-victima", "clave-correcta-t7", List.of(Role.EDITOR));
        Http http = new Http(port);
        for (int i = 0; i < 5; i++) {
            assertThat(http.send("GET", "/api/editing/me", null, null, "t7-cuenta" + i + ":clave-equivocada")
                            .statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> blocked = http.send("GET", "/api/editing/me", null, null, "t7-victima:clave-correcta-t7");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).isPresent();
        assertThat(Http.parse(blocked.body()).path("code").asString()).isEqualTo("TooManyAttempts");
        // Anonymous reads are not sign-in attempts: they still work.
        assertThat(http.get("/collections").statusCode()).isEqualTo(200);
    }
}
