package cl.sit.regionalization;

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
 * {@code /territorios/homogeneos}: the homogeneous territories page's shell (form, map and results are drawn by
 * {@code js/territorios-homogeneos.js}), with the base address the script reads; JSON is not one of its forms.
 */
@PageSlice
@Import(RegionalizationPageController.class)
class RegionalizationPageControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theShellLinksItsScriptsAndStylesAndGivesTheBaseAddress() throws Exception {
        mvc.perform(get("/territorios/homogeneos").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Territorios homogéneos – SIT"))
                .andExpect(content().string(containsString("<h1>Territorios homogéneos</h1>")))
                .andExpect(content().string(containsString("<body data-base=\"http://localhost\">")))
                .andExpect(content().string(containsString("<form class=\"sit-th-form\" id=\"sit-th-form\"")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(
                        content().string(containsString("href=\"http://localhost/webjars/leaflet/dist/leaflet.css\"")))
                .andExpect(content().string(containsString("src=\"http://localhost/webjars/leaflet/dist/leaflet.js\"")))
                .andExpect(content()
                        .string(containsString(
                                "<script type=\"module\" src=\"http://localhost/js/territorios-homogeneos.js\">")));
    }

    @Test
    void onlyAsAPage() throws Exception {
        mvc.perform(get("/territorios/homogeneos").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.code").value("NotAcceptable"));
    }
}
