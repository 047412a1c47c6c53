package cl.sit.ogcapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.web.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /}: the map page for people (its scripts and styles, the landing's title and description) and the OGC
 * landing document for programs, and {@code /conformance} in both forms; a parameter other than {@code f} is refused.
 */
@OgcApiSlice
@Import(LandingController.class)
class LandingControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theMapPageForPeople() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage(LandingController.TITLE))
                .andExpect(content().string(containsString("<h1 class=\"sit-panel-title\">Mapa territorial</h1>")))
                .andExpect(content()
                        .string(containsString("<body class=\"sit-map-page\" data-base=\"http://localhost\">")))
                .andExpect(content().string(containsString("Capas territoriales de la Región de Los Ríos")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/mapa.css\"")))
                .andExpect(
                        content().string(containsString("href=\"http://localhost/webjars/leaflet/dist/leaflet.css\"")))
                .andExpect(content().string(containsString("src=\"http://localhost/webjars/leaflet/dist/leaflet.js\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/mapa.js\">")));
        mvc.perform(get("/").param("f", "html")).andExpect(Pages.spanishPage(LandingController.TITLE));
    }

    @Test
    void theLandingDocumentForPrograms() throws Exception {
        mvc.perform(get("/").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.title").value(LandingController.TITLE))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("service-desc")))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("conformance")))
                .andExpect(jsonPath("$.links[?(@.rel == 'data')].href").value(hasItem("http://localhost/collections")));
    }

    @Test
    void theConformanceDeclarationInBothForms() throws Exception {
        mvc.perform(get("/conformance").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Clases de conformidad – SIT"))
                .andExpect(content().string(containsString("<h1>Clases de conformidad</h1>")))
                .andExpect(content()
                        .string(containsString("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")));
        mvc.perform(get("/conformance").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.conformsTo")
                        .value(hasItem("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core")));
    }

    @Test
    void otherParametersAreRefused() throws Exception {
        mvc.perform(get("/").param("limit", "2").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(containsString("limit")));
    }
}
