package cl.sit.investment;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.web.PageSlice;
import cl.sit.web.Pages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /inversion/importar}, open to everyone through the application's security chain: anonymous visitors are asked
 * to sign in, other roles are told theirs is missing (their name escaped), the investment role gets the upload form
 * with its CSRF token, and admins also the removal of the illustrative projects when there are any. Over
 * {@link InMemoryProjectPages}.
 */
@PageSlice
@Import({ImportPageController.class, InMemoryProjectPages.class, SecurityWithoutAccountsSlice.class})
class ImportPageControllerSliceTest {

    static final String PAGE = "/inversion/importar";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryProjectPages.Illustrative illustrative;

    @AfterEach
    void reset() {
        illustrative.stored = true;
    }

    @Test
    void anonymousVisitorsAreAskedToSignIn() throws Exception {
        mvc.perform(get(PAGE).accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Importar proyectos de inversión – SIT"))
                .andExpect(content().string(containsString("<h1>Importar proyectos de inversión</h1>")))
                .andExpect(content().string(containsString("<body data-base=\"http://localhost\">")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/importar.js\">")))
                .andExpect(
                        content().string(containsString("href=\"http://localhost/api/investments/import/template\"")))
                .andExpect(content().string(containsString("Debe <a href=\"http://localhost/login\">ingresar</a>")))
                .andExpect(content().string(not(containsString("id=\"sit-import-form\""))))
                .andExpect(content().string(not(containsString("id=\"sit-illustrative\""))));
    }

    @Test
    void otherRolesAreToldTheirsIsMissing() throws Exception {
        mvc.perform(get(PAGE).with(user("ana.editora").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Su usuario (<span>ana.editora</span>) no tiene el")))
                .andExpect(content().string(not(containsString("id=\"sit-import-form\""))));
        mvc.perform(get(PAGE).with(user(Pages.HOSTILE).roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(Pages.hostileTextEscaped());
    }

    @Test
    void theInvestmentRoleGetsTheFormWithItsToken() throws Exception {
        mvc.perform(get(PAGE).with(user("ines.inversion").roles("INVERSION")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<form id=\"sit-import-form\" action=\"/api/investments/import\"")))
                .andExpect(content().string(containsString("<input type=\"hidden\" name=\"_csrf\"")))
                .andExpect(content().string(not(containsString("no tiene el"))))
                .andExpect(content().string(not(containsString("id=\"sit-illustrative\""))));
    }

    @Test
    void adminsMayRemoveTheIllustrativeProjectsWhenThereAreAny() throws Exception {
        mvc.perform(get(PAGE).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sit-import-form\"")))
                .andExpect(content().string(containsString("id=\"sit-illustrative\"")))
                .andExpect(content()
                        .string(containsString(
                                "id=\"sit-remove-illustrative\" data-url=\"/api/investments/ilustrativos\"")));
        illustrative.stored = false;
        mvc.perform(get(PAGE).with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No hay proyectos ilustrativos")))
                .andExpect(content().string(not(containsString("id=\"sit-remove-illustrative\""))));
    }
}
