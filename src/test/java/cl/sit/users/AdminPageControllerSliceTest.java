package cl.sit.users;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
 * {@code /administracion}, admins only through the application's security chain: an anonymous browser is sent to
 * {@code /login}, another role gets the Spanish 403 page (a program the JSON 403); an admin gets the page with its
 * scripts, the password rule and the header's link to it.
 */
@PageSlice
@Import({AdminPageController.class, SecurityWithoutAccountsSlice.class})
class AdminPageControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousBrowsersSignInFirst() throws Exception {
        mvc.perform(get("/administracion").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/login"));
    }

    @Test
    void otherRolesAreRefused() throws Exception {
        mvc.perform(get("/administracion")
                        .accept(MediaType.TEXT_HTML)
                        .with(user("ana.editora").roles("EDITOR")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("<code>Forbidden</code>")))
                .andExpect(content().string(containsString("no tiene permiso para abrir esta página")));
        mvc.perform(get("/administracion")
                        .accept(MediaType.APPLICATION_JSON)
                        .with(user("ines").roles("INVERSION")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("Forbidden"))
                .andExpect(jsonPath("$.description").value(containsString("permiso")));
    }

    @Test
    void anAdminGetsThePage() throws Exception {
        mvc.perform(get("/administracion")
                        .accept(MediaType.TEXT_HTML)
                        .with(user("admin").roles("ADMIN")))
                .andExpect(Pages.spanishPage("Administración – SIT"))
                .andExpect(content().string(containsString("<h1>Administración</h1>")))
                .andExpect(content().string(containsString("<body data-base=\"http://localhost\">")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/administracion.css\"")))
                .andExpect(content()
                        .string(containsString(
                                "<script type=\"module\" src=\"http://localhost/js/administracion.js\">")))
                .andExpect(content()
                        .string(containsString(
                                "<script type=\"module\" src=\"http://localhost/js/administracion-capas.js\">")))
                .andExpect(content().string(containsString("<small id=\"sit-password-rule\">" + PasswordRule.SUMMARY)))
                .andExpect(content()
                        .string(containsString("href=\"http://localhost/administracion\">Administración</a>")));
    }
}
