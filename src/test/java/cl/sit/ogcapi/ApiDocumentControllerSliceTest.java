package cl.sit.ogcapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api}: the OpenAPI document built from the contributions present (here the OGC API package's own: label
 * points and layer administration) and the layers of the registry (each with its items route and its attributes as
 * filters), as JSON and as a page; a parameter it does not
 * take is refused. Which routes of the whole application it documents is {@code H2gisApiRoutesDocumentedIT}'s.
 */
@OgcApiSlice
@Import({ApiDocumentController.class, LabelPointsApiDocumentation.class, LayerAdministrationApiDocumentation.class})
class ApiDocumentControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentHasTheContributedRoutesAndTheLayersCollections() throws Exception {
        mvc.perform(get("/api").accept(MediaTypes.OPENAPI_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaTypes.OPENAPI_JSON))
                .andExpect(jsonPath("$.openapi").value(org.hamcrest.Matchers.startsWith("3.")))
                .andExpect(
                        jsonPath("$.paths['/api/layers/{id}/label-points'].get").exists())
                .andExpect(jsonPath("$.paths['/api/layers'].post").exists())
                .andExpect(jsonPath("$.paths['/api/territories/{code}']").doesNotExist())
                .andExpect(jsonPath("$.components.parameters.collectionId.schema.enum")
                        .value(org.hamcrest.Matchers.contains(InMemoryLayers.COMMUNES, InMemoryLayers.TABLE)))
                .andExpect(
                        jsonPath("$.paths['/collections/" + InMemoryLayers.COMMUNES + "/items'].get.parameters[*].name")
                                .value(hasItem("poblacion")))
                .andExpect(jsonPath("$.paths['/collections/" + InMemoryLayers.TABLE + "/items'].get.parameters[*].name")
                        .value(hasItem("valor")));
    }

    @Test
    void aPageForPeopleAndNoOtherParameters() throws Exception {
        mvc.perform(get("/api").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/layers/{id}/label-points")));
        mvc.perform(get("/api").param("version", "2").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"));
    }
}
