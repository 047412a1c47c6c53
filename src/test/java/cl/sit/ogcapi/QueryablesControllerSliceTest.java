package cl.sit.ogcapi;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /collections/{id}/queryables}: the JSON Schema, its HTML page, ETags and errors, over in-memory layers. */
@OgcApiSlice
@Import(QueryablesController.class)
class QueryablesControllerSliceTest {

    static final String QUERYABLES = "/collections/" + InMemoryLayers.COMMUNES + "/queryables";

    @Autowired
    MockMvc mvc;

    @Test
    void theSchemaListsTheAttributesAndThePrimaryGeometry() throws Exception {
        mvc.perform(get(QUERYABLES))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(QueryablesController.SCHEMA_JSON))
                .andExpect(header().string(HttpHeaders.ETAG, org.hamcrest.Matchers.startsWith("W/\"")))
                .andExpect(jsonPath("$['$schema']").value("https://json-schema.org/draft/2020-12/schema"))
                .andExpect(jsonPath("$.type").value("object"))
                .andExpect(jsonPath("$.additionalProperties").value(false))
                .andExpect(jsonPath("$.properties.codigo.type").value("string"))
                .andExpect(jsonPath("$.properties.poblacion.type").value("integer"))
                .andExpect(jsonPath("$.properties.geometry.format").value("geometry-multipolygon"))
                .andExpect(jsonPath("$.properties.geometry['x-ogc-role']").value("primary-geometry"));
    }

    @Test
    void aLayerWithoutGeometryHasNoGeometryQueryable() throws Exception {
        mvc.perform(get("/collections/" + InMemoryLayers.TABLE + "/queryables"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.valor.type").value("number"))
                .andExpect(jsonPath("$.properties.geometry").doesNotExist());
    }

    @Test
    void plainJsonIsAlsoServed() throws Exception {
        mvc.perform(get(QUERYABLES).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.properties.nombre.title").value("Nombre"));
    }

    @Test
    void htmlIsAPageWithTheProperties() throws Exception {
        mvc.perform(get(QUERYABLES).param("f", "html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("poblacion")));
    }

    @Test
    void theSameEtagAgainIsA304() throws Exception {
        String etag = mvc.perform(get(QUERYABLES)).andReturn().getResponse().getHeader(HttpHeaders.ETAG);
        mvc.perform(get(QUERYABLES).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
    }

    @Test
    void unknownCollectionsAndParametersAreErrorsWithCodeAndDescription() throws Exception {
        mvc.perform(get("/collections/no-existe/queryables"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CollectionNotFound"));
        mvc.perform(get(QUERYABLES).param("filter", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(containsString("filter")));
    }
}
