package cl.sit.users;

import static cl.sit.users.InMemoryUsers.ADMIN;
import static cl.sit.users.InMemoryUsers.DISABLED;
import static cl.sit.users.InMemoryUsers.EDITABLE;
import static cl.sit.users.InMemoryUsers.EDITOR;
import static cl.sit.users.InMemoryUsers.INVESTMENT;
import static cl.sit.users.InMemoryUsers.PASSWORD;
import static cl.sit.users.InMemoryUsers.READ_ONLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code /api/users}: admins only (401 anonymous, 403 other roles, through the application's security chain and
 * real HTTP Basic over {@link InMemoryUsers}), the JSON shapes, the old English body and query names, the last
 * admin kept, and every refusal as {@code {code, description}}.
 */
@UsersSlice
class UsersControllerSliceTest {

    static final String USERS = "/api/users";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryUsers.Accounts accounts;

    @Autowired
    InMemoryUsers.InMemoryGrants grants;

    @BeforeEach
    void reset() {
        accounts.reset();
        grants.reset();
    }

    @Test
    void onlyAdminsReadTheUsers() throws Exception {
        error(mvc.perform(get(USERS)), 401, "Unauthorized")
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")));
        error(mvc.perform(get(USERS).with(as(EDITOR, "EDITOR"))), 403, "Forbidden");
        error(mvc.perform(get(USERS).with(as(INVESTMENT, "INVERSION"))), 403, "Forbidden");
        // The roles are the store's, not the ones a session claims.
        error(mvc.perform(get(USERS).with(as(EDITOR, "ADMIN"))), 403, "Forbidden");
        mvc.perform(get(USERS).with(as(ADMIN, "ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usuarios.length()").value(4))
                .andExpect(jsonPath("$.usuarios[0].usuario").value(ADMIN))
                .andExpect(jsonPath("$.usuarios[0].habilitado").value(true))
                .andExpect(jsonPath("$.usuarios[0].roles[0]").value("admin"))
                .andExpect(jsonPath("$.usuarios[0].permisos.length()").value(0))
                .andExpect(jsonPath("$.usuarios[?(@.usuario == 'bruno')].habilitado")
                        .value(false))
                .andExpect(jsonPath("$.usuarios[1].usuario").value(EDITOR))
                .andExpect(jsonPath("$.usuarios[1].permisos[0].usuario").value(EDITOR))
                .andExpect(jsonPath("$.usuarios[1].permisos[0].cut").value("14101"))
                .andExpect(jsonPath("$.usuarios[1].permisos[0].capa").value(EDITABLE))
                .andExpect(jsonPath("$.usuarios[1].permisos[0].otorgado_por").value(ADMIN))
                .andExpect(jsonPath("$.usuarios[1].permisos[0].otorgado_fecha").value("2026-03-01T12:00:00Z"))
                .andExpect(jsonPath("$..contrasena").isEmpty())
                .andExpect(jsonPath("$..password").isEmpty());
    }

    @Test
    void httpBasicChecksThePasswordAndWhetherTheUserIsEnabled() throws Exception {
        mvc.perform(get(USERS + "/" + EDITOR).with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.usuario").value(EDITOR))
                .andExpect(jsonPath("$.roles[0]").value("editor"))
                .andExpect(jsonPath("$.permisos[0].cut").value("14101"));
        error(mvc.perform(get(USERS).with(httpBasic(ADMIN, "otra-clave-12"))), 401, "Unauthorized");
        accounts.addRole(DISABLED, Role.ADMIN);
        error(mvc.perform(get(USERS).with(httpBasic(DISABLED, PASSWORD))), 401, "Unauthorized");
        error(mvc.perform(get(USERS).with(httpBasic(EDITOR, PASSWORD))), 403, "Forbidden");
    }

    @Test
    void aBrowserWithCredentialsSendsTheCsrfToken() throws Exception {
        MockHttpServletRequestBuilder fromABrowser = put(USERS + "/" + EDITOR + "/roles/inversion")
                .with(httpBasic(ADMIN, PASSWORD))
                .header("Origin", "http://localhost");
        error(mvc.perform(fromABrowser), 403, "Forbidden");
        assertThat(accounts.roles(EDITOR)).containsExactly(Role.EDITOR);
        mvc.perform(fromABrowser.with(csrf())).andExpect(status().isNoContent());
        assertThat(accounts.roles(EDITOR)).containsExactly(Role.EDITOR, Role.INVERSION);
        // An anonymous write is a 401, not a CSRF 403.
        error(mvc.perform(post(USERS).contentType(MediaType.APPLICATION_JSON).content("{}")), 401, "Unauthorized");
    }

    @Test
    void anAdminCreatesAUserWithTheNewOrTheOldNames() throws Exception {
        mvc.perform(json(
                                post(USERS),
                                "{\"usuario\":\"carla\",\"contrasena\":\"Niebla-Costera-9\",\"roles\":"
                                        + "[\"editor\",\"inversion\"]}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/carla"))
                .andExpect(jsonPath("$.usuario").value("carla"))
                .andExpect(jsonPath("$.habilitado").value(true))
                .andExpect(jsonPath("$.roles[0]").value("editor"))
                .andExpect(jsonPath("$.roles[1]").value("inversion"))
                .andExpect(jsonPath("$.permisos.length()").value(0));
        assertThat(accounts.matches("carla", "Niebla-Costera-9")).isTrue();
        mvc.perform(json(post(USERS), "{\"username\":\"diego\",\"password\":\"Niebla-Costera-9\"}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.usuario").value("diego"))
                .andExpect(jsonPath("$.roles.length()").value(0));
        error(
                mvc.perform(json(post(USERS), "{\"usuario\":\"elena\",\"contrasena\":\"Niebla-Costera-9\"}")
                        .with(as(INVESTMENT, "INVERSION"))),
                403,
                "Forbidden");
        assertThat(accounts.exists("elena")).isFalse();
    }

    @Test
    void badNewUsersAreRefusedWithCodeAndDescription() throws Exception {
        String good = "\"contrasena\":\"Niebla-Costera-9\"";
        refused(post(USERS), "{\"usuario\":\"X\"," + good + "}", 422, "InvalidUser", "3 a 60");
        refused(post(USERS), "{\"usuario\":\"felipe\",\"contrasena\":\"corta\"}", 422, "WeakPassword", "10");
        refused(post(USERS), "{\"usuario\":\"felipe\",\"contrasena\":\"felipe\"}", 422, "WeakPassword", "");
        refused(post(USERS), "{\"usuario\":\"felipe\"," + good + ",\"roles\":[\"jefe\"]}", 422, "InvalidUser", "jefe");
        refused(
                post(USERS),
                "{\"usuario\":\"felipe\"," + good + ",\"roles\":[\"admin\",\"ADMIN\"]}",
                422,
                "InvalidUser",
                "dos veces");
        refused(post(USERS), "{\"usuario\":\"" + EDITOR + "\"," + good + "}", 409, "UserExists", EDITOR);
        refused(post(USERS), "[\"felipe\"]", 400, "InvalidBody", "objeto");
        refused(
                post(USERS),
                "{\"usuario\":\"felipe\",\"username\":\"felipa\"," + good + "}",
                400,
                "InvalidBody",
                "usuario");
        assertThat(accounts.exists("felipe")).isFalse();
        error(mvc.perform(get(USERS + "/nadie").with(as(ADMIN, "ADMIN"))), 404, "UserNotFound");
    }

    @Test
    void rolesAndAccessKeepAnEnabledAdmin() throws Exception {
        mvc.perform(put(USERS + "/" + EDITOR + "/roles/admin").with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        mvc.perform(delete(USERS + "/" + EDITOR + "/roles/admin").with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        error(
                mvc.perform(delete(USERS + "/" + EDITOR + "/roles/inversion").with(as(ADMIN, "ADMIN"))),
                404,
                "RoleNotFound");
        error(mvc.perform(delete(USERS + "/" + ADMIN + "/roles/admin").with(as(ADMIN, "ADMIN"))), 409, "LastAdmin");
        refused(put(USERS + "/" + ADMIN + "/enabled"), "{\"habilitado\":false}", 409, "LastAdmin", "único");
        refused(put(USERS + "/" + EDITOR + "/enabled"), "{}", 422, "InvalidUser", "habilitado");
        refused(put(USERS + "/nadie/enabled"), "{\"habilitado\":true}", 404, "UserNotFound", "nadie");
        assertThat(accounts.roles(ADMIN)).containsExactly(Role.ADMIN);
        assertThat(accounts.enabled(ADMIN)).isTrue();

        mvc.perform(json(put(USERS + "/" + EDITOR + "/enabled"), "{\"enabled\":false}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        assertThat(accounts.enabled(EDITOR)).isFalse();
        mvc.perform(json(put(USERS + "/" + EDITOR + "/enabled"), "{\"habilitado\":true}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        assertThat(accounts.enabled(EDITOR)).isTrue();
    }

    @Test
    void anAdminResetsAPasswordThatThenSignsIn() throws Exception {
        refused(put(USERS + "/" + EDITOR + "/password"), "{\"contrasena\":\"abc\"}", 422, "WeakPassword", "10");
        mvc.perform(json(put(USERS + "/" + EDITOR + "/password"), "{\"password\":\"Lluvia-Del-Sur-4\"}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        assertThat(accounts.matches(EDITOR, "Lluvia-Del-Sur-4")).isTrue();
        mvc.perform(get("/api/users/" + EDITOR).with(httpBasic(EDITOR, "Lluvia-Del-Sur-4")))
                .andExpect(status().isForbidden());
    }

    @Test
    void grantsAreForEditorsOnEditableLayersOfExistingCommunes() throws Exception {
        String grantsOfEditor = USERS + "/" + EDITOR + "/grants";
        mvc.perform(json(post(grantsOfEditor), "{\"cut\":\"14102\",\"capa\":\"*\"}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/users/" + EDITOR))
                .andExpect(jsonPath("$.permisos.length()").value(2))
                .andExpect(jsonPath("$.permisos[1].cut").value("14102"))
                .andExpect(jsonPath("$.permisos[1].capa").value("*"))
                .andExpect(jsonPath("$.permisos[1].otorgado_por").value(ADMIN));
        mvc.perform(json(post(grantsOfEditor), "{\"cut\":\"14102\",\"layer\":\"" + EDITABLE + "\"}")
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.permisos[2].capa").value(EDITABLE));
        refused(
                post(USERS + "/" + INVESTMENT + "/grants"),
                "{\"cut\":\"14101\",\"capa\":\"*\"}",
                422,
                "NotAnEditor",
                "");
        refused(post(grantsOfEditor), "{\"cut\":\"14101\"}", 422, "InvalidGrant", "capa");
        refused(
                post(grantsOfEditor),
                "{\"cut\":\"14101\",\"capa\":\"" + READ_ONLY + "\"}",
                422,
                "InvalidGrant",
                READ_ONLY);
        refused(post(grantsOfEditor), "{\"cut\":\"14101\",\"capa\":\"nada\"}", 422, "InvalidGrant", "nada");
        refused(post(grantsOfEditor), "{\"cut\":\"99999\",\"capa\":\"*\"}", 422, "InvalidGrant", "99999");
        refused(post(USERS + "/nadie/grants"), "{\"cut\":\"14101\",\"capa\":\"*\"}", 404, "UserNotFound", "nadie");
        assertThat(grants.of(EDITOR)).hasSize(3);
    }

    @Test
    void grantsAreRevokedWithTheNewOrTheOldQueryName() throws Exception {
        String grantsOfEditor = USERS + "/" + EDITOR + "/grants";
        mvc.perform(delete(grantsOfEditor)
                        .param("cut", "14101")
                        .param("layer", EDITABLE)
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        assertThat(grants.of(EDITOR)).isEmpty();
        grants.reset();
        mvc.perform(delete(grantsOfEditor)
                        .param("cut", "14101")
                        .param("capa", EDITABLE)
                        .with(as(ADMIN, "ADMIN")))
                .andExpect(status().isNoContent());
        error(
                mvc.perform(delete(grantsOfEditor)
                        .param("cut", "14101")
                        .param("capa", EDITABLE)
                        .with(as(ADMIN, "ADMIN"))),
                404,
                "GrantNotFound");
        error(
                        mvc.perform(delete(grantsOfEditor).param("cut", "14101").with(as(ADMIN, "ADMIN"))),
                        400,
                        "MissingParameter")
                .andExpect(jsonPath("$.description").value(containsString("capa")));
        error(
                mvc.perform(delete(grantsOfEditor)
                        .param("cut", "14101")
                        .param("capa", EDITABLE)
                        .with(as(EDITOR, "EDITOR"))),
                403,
                "Forbidden");
    }

    /** A signed-in user claiming {@code role}; the chain gives them the roles the store has. */
    static RequestPostProcessor as(String username, String role) {
        return user(username).roles(role);
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }

    /** An admin sends {@code body}; the answer is {@code status} with {@code code} and a description naming it. */
    private void refused(MockHttpServletRequestBuilder request, String body, int status, String code, String naming)
            throws Exception {
        error(mvc.perform(json(request, body).with(as(ADMIN, "ADMIN"))), status, code)
                .andExpect(jsonPath("$.description").value(containsString(naming)));
    }

    static ResultActions error(ResultActions result, int status, String code) throws Exception {
        return result.andExpect(status().is(status))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.description").isNotEmpty());
    }
}
