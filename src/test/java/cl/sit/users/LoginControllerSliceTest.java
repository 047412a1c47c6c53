package cl.sit.users;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.web.PageSlice;
import cl.sit.web.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /login}, open to everyone through the application's security chain: the Spanish form that posts to
 * {@code /login} with the CSRF token, the notices after a wrong password and after signing out, and for someone
 * already signed in, their name (escaped).
 */
@PageSlice
@Import({LoginController.class, SecurityWithoutAccountsSlice.class})
class LoginControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theFormPostsWithItsCsrfToken() throws Exception {
        mvc.perform(get("/login").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Ingresar – SIT"))
                .andExpect(content().string(containsString("<h1>Ingresar a SIT</h1>")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(content().string(containsString("<form action=\"/login\" method=\"post\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\"")))
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\" type=\"password\"")))
                .andExpect(content().string(not(containsString("Usuario o contraseña incorrectos."))))
                .andExpect(content().string(not(containsString("Sesión cerrada."))));
    }

    @Test
    void theNoticesAfterAWrongPasswordAndAfterSigningOut() throws Exception {
        mvc.perform(get("/login").param("error", ""))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "<p class=\"sit-notice\" role=\"alert\">Usuario o contraseña incorrectos.</p>")));
        mvc.perform(get("/login").param("logout", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<p class=\"sit-notice\">Sesión cerrada.</p>")));
    }

    @Test
    void someoneSignedInSeesTheirNameAsText() throws Exception {
        mvc.perform(get("/login").with(user("ana.editora")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ya ingresó como <strong>ana.editora</strong>")));
        mvc.perform(get("/login").with(user(Pages.HOSTILE)))
                .andExpect(status().isOk())
                .andExpect(Pages.hostileTextEscaped());
    }
}
