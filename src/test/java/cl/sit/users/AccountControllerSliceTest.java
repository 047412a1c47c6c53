package cl.sit.users;

import static cl.sit.users.InMemoryUsers.EDITOR;
import static cl.sit.users.InMemoryUsers.PASSWORD;
import static cl.sit.users.UsersControllerSliceTest.as;
import static cl.sit.users.UsersControllerSliceTest.error;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code POST /api/account/password}: a signed-in user changes their own password given the current one (new and old
 * body names), wrong current passwords are throttled like sign-ins, and the user's other sessions end while this one
 * stays; through the application's security chain over {@link InMemoryUsers}.
 */
@UsersSlice
class AccountControllerSliceTest {

    static final String ACCOUNT = "/api/account/password";
    static final String NEW_PASSWORD = "Lluvia-Del-Sur-4";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryUsers.Accounts accounts;

    @Autowired
    LoginThrottle throttle;

    @BeforeEach
    void reset() {
        accounts.reset();
        throttle.succeeded(EDITOR);
    }

    @Test
    void aSignedInUserChangesTheirPassword() throws Exception {
        error(mvc.perform(change(PASSWORD, NEW_PASSWORD)), 401, "Unauthorized");
        assertThat(accounts.matches(EDITOR, PASSWORD)).isTrue();
        mvc.perform(change(PASSWORD, NEW_PASSWORD).with(as(EDITOR, "EDITOR"))).andExpect(status().isNoContent());
        assertThat(accounts.matches(EDITOR, NEW_PASSWORD)).isTrue();
        mvc.perform(json("{\"currentPassword\":\"" + NEW_PASSWORD + "\",\"newPassword\":\"Bosque-Nativo-2\"}")
                        .with(as(EDITOR, "EDITOR")))
                .andExpect(status().isNoContent());
        assertThat(accounts.matches(EDITOR, "Bosque-Nativo-2")).isTrue();
        // Over HTTP Basic, with the new password.
        mvc.perform(change("Bosque-Nativo-2", NEW_PASSWORD).with(httpBasic(EDITOR, "Bosque-Nativo-2")))
                .andExpect(status().isNoContent());
        assertThat(accounts.matches(EDITOR, NEW_PASSWORD)).isTrue();
    }

    @Test
    void wrongCurrentPasswordsAndWeakNewOnesAreRefused() throws Exception {
        error(mvc.perform(change("no-es-la-clave", NEW_PASSWORD).with(as(EDITOR, "EDITOR"))), 422, "WrongPassword");
        error(
                mvc.perform(
                        json("{\"contrasena_nueva\":\"" + NEW_PASSWORD + "\"}").with(as(EDITOR, "EDITOR"))),
                422,
                "WrongPassword");
        error(mvc.perform(change(PASSWORD, "aaaaaaaaaaaa").with(as(EDITOR, "EDITOR"))), 422, "WeakPassword")
                .andExpect(jsonPath("$.description").value(containsString("distintos")));
        error(mvc.perform(change(PASSWORD, EDITOR).with(as(EDITOR, "EDITOR"))), 422, "WeakPassword");
        error(mvc.perform(json("\"" + NEW_PASSWORD + "\"").with(as(EDITOR, "EDITOR"))), 400, "InvalidBody");
        assertThat(accounts.matches(EDITOR, PASSWORD)).isTrue();
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignIns() throws Exception {
        String tomas = "tomas.throttle";
        accounts.create(tomas, PASSWORD, List.of(Role.EDITOR));
        error(mvc.perform(change("no-es-la-clave", NEW_PASSWORD).with(as(tomas, "EDITOR"))), 422, "WrongPassword");
        error(mvc.perform(change("tampoco-es-ella", NEW_PASSWORD).with(as(tomas, "EDITOR"))), 422, "WrongPassword");
        error(mvc.perform(change("ni-esta-tampoco", NEW_PASSWORD).with(as(tomas, "EDITOR"))), 422, "WrongPassword");
        // Now the right one waits too, and so does signing in with HTTP Basic.
        error(mvc.perform(change(PASSWORD, NEW_PASSWORD).with(as(tomas, "EDITOR"))), 429, "TooManyAttempts")
                .andExpect(header().exists("Retry-After"));
        error(mvc.perform(change(PASSWORD, NEW_PASSWORD).with(httpBasic(tomas, PASSWORD))), 429, "TooManyAttempts")
                .andExpect(header().exists("Retry-After"));
        assertThat(accounts.matches(tomas, PASSWORD)).isTrue();
        // Other accounts do not wait.
        mvc.perform(change(PASSWORD, NEW_PASSWORD).with(as(EDITOR, "EDITOR"))).andExpect(status().isNoContent());
    }

    @Test
    void theUsersOtherSessionsEndAndThisOneStays() throws Exception {
        MockHttpSession thisOne = new MockHttpSession();
        MockHttpSession another = new MockHttpSession();
        for (MockHttpSession session : List.of(thisOne, another)) {
            // A first request notes the password each session began with.
            mvc.perform(get("/api/users/" + EDITOR).session(session).with(as(EDITOR, "EDITOR")))
                    .andExpect(status().isForbidden());
            assertThat(session.getAttribute(SessionUserCheck.CREDENTIALS)).isNotNull();
        }
        mvc.perform(change(PASSWORD, NEW_PASSWORD)
                        .session(thisOne)
                        .with(as(EDITOR, "EDITOR"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        error(
                mvc.perform(change(NEW_PASSWORD, PASSWORD)
                        .session(another)
                        .with(as(EDITOR, "EDITOR"))
                        .with(csrf())),
                401,
                "Unauthorized");
        assertThat(another.isInvalid()).isTrue();
        mvc.perform(change(NEW_PASSWORD, "Bosque-Nativo-2")
                        .session(thisOne)
                        .with(as(EDITOR, "EDITOR"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(thisOne.isInvalid()).isFalse();
    }

    private static MockHttpServletRequestBuilder change(String current, String next) {
        return json("{\"contrasena_actual\":\"" + current + "\",\"contrasena_nueva\":\"" + next + "\"}");
    }

    private static MockHttpServletRequestBuilder json(String body) {
        return post(ACCOUNT).contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
