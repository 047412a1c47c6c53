package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/layers/{id}/label-points}: a point inside each polygonal feature (the centre of the in-memory squares),
 * none for a layer without geometry, the layer's ETag and 304, and the errors, over in-memory layers.
 */
@OgcApiSlice
@Import(LabelPointsController.class)
class LabelPointsControllerSliceTest {

    static final String POINTS = "/api/layers/" + InMemoryLayers.COMMUNES + "/label-points";

    @Autowired
    MockMvc mvc;

    @Test
    void eachSquareIsLabelledAtItsCentreToFiveDecimals() throws Exception {
        mvc.perform(get(POINTS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$['1'][0]").value(-73.25))
                .andExpect(jsonPath("$['1'][1]").value(-39.85))
                .andExpect(jsonPath("$['2'][0]").value(-73.45))
                .andExpect(jsonPath("$['2'][1]").value(-39.95))
                .andExpect(jsonPath("$['3'][0]").value(-72.75))
                .andExpect(jsonPath("$['3'][1]").value(-39.45))
                .andExpect(jsonPath("$.length()").value(3));
    }

    @Test
    void aLayerWithoutGeometryHasNoPoints() throws Exception {
        mvc.perform(get("/api/layers/" + InMemoryLayers.TABLE + "/label-points"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theSameGenerationAnswersNotModified() throws Exception {
        String etag = mvc.perform(get(POINTS))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();
        mvc.perform(get(POINTS).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
    }

    @Test
    void anUnknownLayerOrParameterIsAJsonError() throws Exception {
        mvc.perform(get("/api/layers/no-existe/label-points"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CollectionNotFound"))
                .andExpect(jsonPath("$.description").isString());
        mvc.perform(get(POINTS).param("zoom", "5"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(org.hamcrest.Matchers.containsString("zoom")));
    }
}
