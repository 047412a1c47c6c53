package cl.sit.editing;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
 * {@code /editor}, behind the application's security chain: a browser without a session is sent to {@code /login}, a
 * program gets the JSON 401; any signed-in user gets the editor's shell (its scripts, styles and base address), the
 * header with their name (escaped) and the sign-out form with the session's CSRF token.
 */
@PageSlice
@Import({EditorPageController.class, SecurityWithoutAccountsSlice.class})
class EditorPageControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousBrowsersSignInFirstAndProgramsGet401() throws Exception {
        mvc.perform(get("/editor").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/login"));
        mvc.perform(get("/editor")).andExpect(status().isFound()).andExpect(header().string("Location", "/login"));
        mvc.perform(get("/sit/editor").contextPath("/sit"))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", "/sit/login"));
    }

    @Test
    void aSignedInUserGetsTheEditor() throws Exception {
        mvc.perform(get("/editor")
                        .accept(MediaType.TEXT_HTML)
                        .with(user("ana.editora").roles("EDITOR")))
                .andExpect(Pages.spanishPage("Editor de capas – SIT"))
                .andExpect(content().string(containsString("<h1 class=\"sit-panel-title\">Editor de capas</h1>")))
                .andExpect(content()
                        .string(containsString(
                                "<body class=\"sit-map-page sit-editor-page\" data-base=\"http://localhost\">")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/editor.css\"")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/mapa.css\"")))
                .andExpect(content()
                        .string(containsString("href=\"http://localhost/webjars/leaflet-draw/dist/leaflet.draw.css\"")))
                .andExpect(content()
                        .string(containsString("src=\"http://localhost/webjars/leaflet-draw/dist/leaflet.draw.js\"")))
                .andExpect(content().string(containsString("src=\"http://localhost/webjars/leaflet/dist/leaflet.js\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/editor.js\">")))
                .andExpect(content().string(containsString("title=\"Usuario con sesión iniciada\">ana.editora</span>")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\"")));
    }

    @Test
    void theUsersNameIsText() throws Exception {
        mvc.perform(get("/editor").accept(MediaType.TEXT_HTML).with(user(Pages.HOSTILE)))
                .andExpect(status().isOk())
                .andExpect(Pages.hostileTextEscaped());
    }
}
