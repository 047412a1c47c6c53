package cl.sit.users;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.storage.SqlFiles;
import cl.sit.support.Browser;
import cl.sit.support.Http;
import com.zaxxer.hikari.HikariDataSource;
import java.net.http.HttpResponse;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;

/**
 * Managing accounts over real HTTP: the password rule, changing one's own password, an admin resetting a password
 * (the user's other sessions end), removing a role, disabling a user (their session stops too), and the 4xx
 * answers for bad roles and grants. The same contract runs on H2GIS and PostGIS; users made here start with
 * {@code t13-} and are removed afterwards.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractAccountsIT {

    static final String ADMIN = "admin:clave-admin-de-prueba";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    SqlFiles sql;

    @Autowired
    PasswordEncoder passwords;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM layer_grant WHERE username LIKE 't13-%'");
        jdbc.update("DELETE FROM app_user WHERE username LIKE 't13-%'");
    }

    /**
     * Loading a user for sign-in holds one connection at a time. It used to read the roles inside the user's row
     * mapper, so each sign-in held one connection and waited for a second: four concurrent Basic sign-ins on a pool
     * of four waited on each other until the pool gave up (CI: a read took 15 s, writes got 503). A pool of one
     * connection that times out after a second makes that visible on every run.
     */
    @Test
    void signInNeedsOneConnectionAtATime() {
        HikariDataSource shared = (HikariDataSource) dataSource;
        try (HikariDataSource one = new HikariDataSource()) {
            one.setJdbcUrl(shared.getJdbcUrl());
            one.setUsername(shared.getUsername());
            one.setPassword(shared.getPassword());
            one.setMaximumPoolSize(1);
            one.setConnectionTimeout(1_000);
            UserStore store = new UserStore(new JdbcTemplate(one), sql, passwords);
            assertThat(store.loadUserByUsername("admin").getAuthorities())
                    .extracting(GrantedAuthority::getAuthority)
                    .contains("ROLE_" + Role.ADMIN.authority());
        }
    }

    @Test
    void weakPasswordsAreRefused() {
        for (String weak : List.of(
                "          ",
                "aaaaaaaaaa",
                "ababababab12",
                "t13-contrasena",
                "Password123",
                "1234567890",
                "contraseña123",
                "abcdefghij".repeat(8))) {
            HttpResponse<String> r = create("t13-contrasena", weak, "editor");
            assertThat(r.statusCode()).as("'" + weak + "': " + r.body()).isEqualTo(422);
            assertThat(code(r)).isEqualTo("WeakPassword");
        }
        assertThat(create("t13-contrasena", "río Calle-Calle 2026", "editor").statusCode())
                .isEqualTo(201);
    }

    @Test
    void rolesMustBeKnownAndGivenOnce() {
        assertThat(status(http.send(
                        "POST",
                        "/api/users",
                        "{\"usuario\":\"t13-roles\",\"contrasena\":\"clave-roles-t13\",\"roles\":[null]}",
                        "application/json",
                        ADMIN)))
                .isEqualTo("422 InvalidUser");
        assertThat(status(create("t13-roles", "clave-roles-t13", "editor", "editor")))
                .isEqualTo("422 InvalidUser");
        assertThat(status(create("t13-roles", "clave-roles-t13", "jefe"))).isEqualTo("422 InvalidUser");
        assertThat(users.exists("t13-roles")).isFalse();
    }

    @Test
    void grantsNeedAnExistingEditableLayer() {
        assertThat(create("t13-editor", "clave-editor-t13", "editor").statusCode())
                .isEqualTo(201);
        assertThat(status(grant("t13-editor", "14102", "no-existe"))).isEqualTo("422 InvalidGrant");
        assertThat(status(grant("t13-editor", "14102", "comunas"))).isEqualTo("422 InvalidGrant");
        assertThat(status(grant("t13-editor", "99999", "a21-uso-suelo"))).isEqualTo("422 InvalidGrant");
        assertThat(grant("t13-editor", "14102", "a21-uso-suelo").statusCode()).isEqualTo(201);
        assertThat(grant("t13-editor", "14102", "*").statusCode()).isEqualTo(201);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM layer_grant WHERE username = 't13-editor'", Integer.class))
                .isEqualTo(2);
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOne() {
        create("t13-ana", "clave-inicial-ana", "inversion");
        String change = "/api/account/password";
        assertThat(http.send(
                                "POST",
                                change,
                                "{\"contrasena_actual\":\"clave-inicial-ana\",\"contrasena_nueva\":"
                                        + "\"clave-nueva-de-ana\"}",
                                "application/json",
                                null)
                        .statusCode())
                .isEqualTo(401);
        assertThat(status(http.send(
                        "POST",
                        change,
                        "{\"contrasena_actual\":\"otra-clave-cualquiera\",\"contrasena_nueva\":\"clave-nueva-de-ana\"}",
                        "application/json",
                        "t13-ana:clave-inicial-ana")))
                .isEqualTo("422 WrongPassword");
        assertThat(status(http.send(
                        "POST",
                        change,
                        "{\"contrasena_actual\":\"clave-inicial-ana\",\"contrasena_nueva\":\"1234567890\"}",
                        "application/json",
                        "t13-ana:clave-inicial-ana")))
                .isEqualTo("422 WeakPassword");
        Browser own = new Browser(http.base());
        Browser other = new Browser(http.base());
        assertThat(own.signIn("t13-ana", "clave-inicial-ana").statusCode()).isEqualTo(302);
        assertThat(other.signIn("t13-ana", "clave-inicial-ana").statusCode()).isEqualTo(302);
        assertThat(other.json("GET", "/api/editing/me", null, null).statusCode())
                .isEqualTo(200);
        assertThat(own.json("GET", "/api/editing/me", null, null).statusCode()).isEqualTo(200);
        assertThat(own.json(
                                "POST",
                                change,
                                "{\"contrasena_actual\":\"clave-inicial-ana\",\"contrasena_nueva\":"
                                        + "\"clave-nueva-de-ana\"}",
                                own.token())
                        .statusCode())
                .isEqualTo(204);
        assertThat(me("t13-ana:clave-inicial-ana")).isEqualTo(401);
        assertThat(me("t13-ana:clave-nueva-de-ana")).isEqualTo(200);
        assertThat(own.json("GET", "/api/editing/me", null, null).statusCode())
                .as("the session that changed it")
                .isEqualTo(200);
        assertThat(other.json("GET", "/api/editing/me", null, null).statusCode())
                .as("another session")
                .isEqualTo(401);
    }

    @Test
    void anAdminResetsAPassword() {
        create("t13-beto", "clave-inicial-beto", "editor");
        Browser session = new Browser(http.base());
        assertThat(session.signIn("t13-beto", "clave-inicial-beto").statusCode())
                .isEqualTo(302);
        assertThat(session.json("GET", "/api/editing/me", null, null).statusCode())
                .isEqualTo(200);
        String reset = "/api/users/t13-beto/password";
        assertThat(http.send(
                                "PUT",
                                reset,
                                "{\"contrasena\":\"clave-puesta-por-beto\"}",
                                "application/json",
                                "t13-beto:clave-inicial-beto")
                        .statusCode())
                .isEqualTo(403);
        assertThat(status(http.send("PUT", reset, "{\"contrasena\":\"t13-beto\"}", "application/json", ADMIN)))
                .isEqualTo("422 WeakPassword");
        assertThat(http.send("PUT", reset, "{\"contrasena\":\"clave-repuesta-beto\"}", "application/json", ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(me("t13-beto:clave-inicial-beto")).isEqualTo(401);
        assertThat(me("t13-beto:clave-repuesta-beto")).isEqualTo(200);
        assertThat(session.json("GET", "/api/editing/me", null, null).statusCode())
                .as("the session before the reset")
                .isEqualTo(401);
        assertThat(status(http.send(
                        "PUT",
                        "/api/users/t13-nadie/password",
                        "{\"contrasena\":\"clave-repuesta-x\"}",
                        "application/json",
                        ADMIN)))
                .isEqualTo("404 UserNotFound");
    }

    @Test
    void anAdminRemovesARoleAndItsSessionsLoseIt() {
        create("t13-carla", "clave-de-carla-13", "inversion", "editor");
        Browser browser = new Browser(http.base());
        assertThat(browser.signIn("t13-carla", "clave-de-carla-13").statusCode())
                .isEqualTo(302);
        assertThat(http.send(
                                "DELETE",
                                "/api/users/t13-carla/roles/inversion",
                                null,
                                null,
                                "t13-carla:clave-de-carla-13")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.send("DELETE", "/api/users/t13-carla/roles/inversion", null, null, ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(Http.parse(http.send("GET", "/api/users/t13-carla", null, null, ADMIN)
                                .body())
                        .get("roles")
                        .toString())
                .isEqualTo("[\"editor\"]");
        assertThat(status(http.send("DELETE", "/api/users/t13-carla/roles/inversion", null, null, ADMIN)))
                .isEqualTo("404 RoleNotFound");
        String territory = "{\"nombre\": \"Sin rol t13\", \"comunas\": [\"14101\"]}";
        assertThat(http.send("POST", "/api/territories", territory, "application/json", "t13-carla:clave-de-carla-13")
                        .statusCode())
                .isEqualTo(403);
        assertThat(browser.json("POST", "/api/territories", territory, browser.token())
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void anAdminListsEveryUserAndGivesARole() {
        create("t13-dora", "clave-de-dora-13", "editor");
        assertThat(status(grant("t13-dora", "14102", "*"))).isEqualTo("201 ");
        assertThat(http.send("GET", "/api/users", null, null, "t13-dora:clave-de-dora-13")
                        .statusCode())
                .isEqualTo(403);
        assertThat(http.get("/api/users").statusCode()).isEqualTo(401);
        JsonNode list = Http.parse(
                        http.send("GET", "/api/users", null, null, ADMIN).body())
                .get("usuarios");
        List<String> names = new java.util.ArrayList<>();
        list.forEach(u -> names.add(u.get("usuario").asString()));
        assertThat(names).contains("admin", "t13-dora").isSorted();
        JsonNode dora = java.util.stream.StreamSupport.stream(list.spliterator(), false)
                .filter(u -> u.get("usuario").asString().equals("t13-dora"))
                .findFirst()
                .orElseThrow();
        assertThat(dora.get("habilitado").asBoolean()).isTrue();
        assertThat(dora.get("roles").toString()).isEqualTo("[\"editor\"]");
        assertThat(dora.at("/permisos/0/cut").asString()).isEqualTo("14102");
        assertThat(dora.at("/permisos/0/capa").asString()).isEqualTo("*");
        assertThat(dora.at("/permisos/0/otorgado_por").asString()).isEqualTo("admin");
        assertThat(dora.at("/permisos/0/otorgado_fecha").isMissingNode()).isFalse();
        assertThat(dora.has("password")).isFalse();
        assertThat(dora.has("contrasena")).isFalse();

        assertThat(http.send("PUT", "/api/users/t13-dora/roles/inversion", null, null, ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.send("PUT", "/api/users/t13-dora/roles/inversion", null, null, ADMIN)
                        .statusCode())
                .as("giving a role twice changes nothing")
                .isEqualTo(204);
        assertThat(Http.parse(http.send("GET", "/api/users/t13-dora", null, null, ADMIN)
                                .body())
                        .get("roles")
                        .toString())
                .isEqualTo("[\"editor\",\"inversion\"]");
        assertThat(status(http.send("PUT", "/api/users/t13-dora/roles/jefe", null, null, ADMIN)))
                .isEqualTo("422 InvalidUser");
        assertThat(status(http.send("PUT", "/api/users/nadie-t13/roles/editor", null, null, ADMIN)))
                .isEqualTo("404 UserNotFound");
        assertThat(http.send("PUT", "/api/users/t13-dora/roles/admin", null, null, "t13-dora:clave-de-dora-13")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theLastAdminKeepsTheRoleAndStaysEnabled() {
        // Other test classes keep their own admins in the shared PostGIS database: set them aside, then back.
        List<String> others = jdbc.queryForList(
                "SELECT username FROM app_user_role WHERE role = 'admin' AND username <> 'admin'", String.class);
        jdbc.update("DELETE FROM app_user_role WHERE role = 'admin' AND username <> 'admin'");
        try {
            assertThat(status(http.send("DELETE", "/api/users/admin/roles/admin", null, null, ADMIN)))
                    .isEqualTo("409 LastAdmin");
            assertThat(status(http.send(
                            "PUT", "/api/users/admin/enabled", "{\"habilitado\":false}", "application/json", ADMIN)))
                    .isEqualTo("409 LastAdmin");
            assertThat(me(ADMIN)).isEqualTo(200);
        } finally {
            for (String other : others) {
                jdbc.update("INSERT INTO app_user_role (username, role) VALUES (?, 'admin')", other);
            }
        }
    }

    @Test
    void aDisabledUserCannotSignInAndTheirSessionStops() {
        create("t13-dora", "clave-de-dora-13", "editor");
        Browser browser = new Browser(http.base());
        assertThat(browser.signIn("t13-dora", "clave-de-dora-13").statusCode()).isEqualTo(302);
        assertThat(browser.json("GET", "/api/editing/me", null, null).statusCode())
                .isEqualTo(200);

        assertThat(http.send("PUT", "/api/users/t13-dora/enabled", "{\"habilitado\":false}", "application/json", ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(Http.parse(http.send("GET", "/api/users/t13-dora", null, null, ADMIN)
                                .body())
                        .get("habilitado")
                        .asBoolean())
                .isFalse();
        assertThat(browser.json("GET", "/api/editing/me", null, null).statusCode())
                .isEqualTo(401);
        assertThat(me("t13-dora:clave-de-dora-13")).isEqualTo(401);
        HttpResponse<String> again = new Browser(http.base()).signIn("t13-dora", "clave-de-dora-13");
        assertThat(again.headers().firstValue("Location").orElse("")).contains("error");

        assertThat(http.send("PUT", "/api/users/t13-dora/enabled", "{\"habilitado\":true}", "application/json", ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(me("t13-dora:clave-de-dora-13")).isEqualTo(200);
    }

    @Test
    void theEnglishNamesOfEarlierReleasesAreStillAcceptedUntil020() {
        assertThat(http.send(
                                "POST",
                                "/api/users",
                                "{\"username\":\"t13-viejo\",\"password\":\"clave-antigua-t13\",\"roles\":[\"editor\"]}",
                                "application/json",
                                ADMIN)
                        .statusCode())
                .isEqualTo(201);
        assertThat(status(http.send(
                        "POST",
                        "/api/users",
                        "{\"username\":\"t13-otro\",\"usuario\":\"t13-distinto\",\"contrasena\":\"clave-antigua-t13\"}",
                        "application/json",
                        ADMIN)))
                .as("an old and a new name with different values")
                .isEqualTo("400 InvalidBody");
        assertThat(users.exists("t13-otro") || users.exists("t13-distinto")).isFalse();
        assertThat(http.send(
                                "POST",
                                "/api/users/t13-viejo/grants",
                                "{\"cut\":\"14102\",\"layer\":\"*\"}",
                                "application/json",
                                ADMIN)
                        .statusCode())
                .isEqualTo(201);
        assertThat(status(http.send(
                        "DELETE", "/api/users/t13-viejo/grants?cut=14102&layer=*&capa=otra", null, null, ADMIN)))
                .isEqualTo("400 InvalidParameter");
        assertThat(http.send("DELETE", "/api/users/t13-viejo/grants?cut=14102&layer=*", null, null, ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(status(http.send("DELETE", "/api/users/t13-viejo/grants?cut=14102", null, null, ADMIN)))
                .isEqualTo("400 MissingParameter");
        assertThat(http.send(
                                "PUT",
                                "/api/users/t13-viejo/password",
                                "{\"password\":\"clave-nueva-antigua\"}",
                                "application/json",
                                ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.send("PUT", "/api/users/t13-viejo/enabled", "{\"enabled\":true}", "application/json", ADMIN)
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.send(
                                "POST",
                                "/api/account/password",
                                "{\"currentPassword\":\"clave-nueva-antigua\",\"newPassword\":\"otra-clave-antigua\"}",
                                "application/json",
                                "t13-viejo:clave-nueva-antigua")
                        .statusCode())
                .isEqualTo(204);
        assertThat(status(http.send(
                        "POST",
                        "/api/account/password",
                        "{\"currentPassword\":\"otra-clave-antigua\",\"contrasena_actual\":\"x\","
                                + "\"contrasena_nueva\":\"clave-final-antigua\"}",
                        "application/json",
                        "t13-viejo:otra-clave-antigua")))
                .isEqualTo("400 InvalidBody");
    }

    private HttpResponse<String> create(String username, String password, String... roles) {
        String list = roles.length == 0 ? "" : "\"" + String.join("\",\"", roles) + "\"";
        return http.send(
                "POST",
                "/api/users",
                "{\"usuario\":\"" + username + "\",\"contrasena\":\"" + password + "\",\"roles\":[" + list + "]}",
                "application/json",
                ADMIN);
    }

    private HttpResponse<String> grant(String username, String cut, String layer) {
        return http.send(
                "POST",
                "/api/users/" + username + "/grants",
                "{\"cut\":\"" + cut + "\",\"capa\":\"" + layer + "\"}",
                "application/json",
                ADMIN);
    }

    private int me(String credentials) {
        return http.send("GET", "/api/editing/me", null, null, credentials).statusCode();
    }

    private static String code(HttpResponse<String> r) {
        return Http.parse(r.body()).path("code").asString();
    }

    private static String status(HttpResponse<String> r) {
        return r.statusCode() + " " + code(r);
    }
}
