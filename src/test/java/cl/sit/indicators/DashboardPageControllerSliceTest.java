package cl.sit.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.web.PageSlice;
import cl.sit.web.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /inversion}: the investment dashboard's shell (its charts and map are drawn by {@code js/tablero.js} from the
 * JSON API), with the application's base address in its links; JSON is not one of its forms.
 */
@PageSlice
@Import(DashboardPageController.class)
class DashboardPageControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDashboardShellLinksItsScriptsAndStyles() throws Exception {
        mvc.perform(get("/inversion").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Tablero de inversión – SIT"))
                .andExpect(content().string(containsString("<h1>Tablero de inversión</h1>")))
                .andExpect(content().string(containsString("<h2 id=\"sit-cmp-title\">Comparar territorios</h2>")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(
                        content().string(containsString("href=\"http://localhost/webjars/leaflet/dist/leaflet.css\"")))
                .andExpect(content().string(containsString("src=\"http://localhost/webjars/leaflet/dist/leaflet.js\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/tablero.js\">")))
                .andExpect(content().string(containsString("href=\"http://localhost/login\">Ingresar</a>")));
    }

    @Test
    void theBaseAddressIsTheRequestsContextPath() throws Exception {
        mvc.perform(get("/sit/inversion").contextPath("/sit").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"http://localhost/sit/js/tablero.js\"")));
    }

    @Test
    void onlyAsAPage() throws Exception {
        mvc.perform(get("/inversion").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.code").value("NotAcceptable"));
    }
}
