package cl.sit.ogcapi;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /collections/{id}/items} and {@code /items/{featureId}} over three in-memory communes: GeoJSON shape,
 * paging links, limits, bbox and attribute filters, CRS headers, caching and the 400/404 errors.
 */
@OgcApiSlice
@Import(ItemsController.class)
class ItemsControllerSliceTest {

    static final String ITEMS = "/collections/" + InMemoryLayers.COMMUNES + "/items";

    @Autowired
    MockMvc mvc;

    @Test
    void aPageIsAFeatureCollectionWithCountsAndANextLink() throws Exception {
        mvc.perform(get(ITEMS))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaTypes.GEO_JSON))
                .andExpect(header().string(CrsParameters.CONTENT_CRS, "<http://www.opengis.net/def/crs/OGC/1.3/CRS84>"))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.numberReturned").value(2))
                .andExpect(jsonPath("$.features[*].id").value(contains(1, 2)))
                .andExpect(jsonPath("$.features[0].properties.nombre").value("Valdivia"))
                .andExpect(jsonPath("$.features[0].geometry.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("next")))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("collection")));
    }

    @Test
    void theLastPageHasAPrevLinkAndNoNext() throws Exception {
        mvc.perform(get(ITEMS).param("offset", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberReturned").value(1))
                .andExpect(jsonPath("$.features[0].id").value(3))
                .andExpect(jsonPath("$.links[?(@.rel == 'next')]").isEmpty())
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("prev")));
    }

    @Test
    void aLimitAboveTheMaximumIsClampedNotRefused() throws Exception {
        mvc.perform(get(ITEMS).param("limit", "1000"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberReturned").value(3));
    }

    @Test
    void bboxAndAttributeFiltersSelectFeatures() throws Exception {
        mvc.perform(get(ITEMS).param("bbox", "-73.55,-40.05,-73.45,-39.95"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(1))
                .andExpect(jsonPath("$.features[0].properties.codigo").value("14102"));
        mvc.perform(get(ITEMS).param("nombre", "Lanco"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.features[*].id").value(contains(3)));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "limit   | 0        | InvalidParameterValue",
                "limit   | diez     | InvalidParameterValue",
                "offset  | -1       | InvalidParameterValue",
                "bbox    | 1,2,3    | InvalidParameterValue",
                "crs     | EPSG:1   | InvalidParameterValue",
                "color   | rojo     | InvalidParameter",
                "poblacion | mucha  | InvalidParameterValue"
            })
    void badParametersAre400WithCodeAndDescription(String name, String value, String code) throws Exception {
        mvc.perform(get(ITEMS).param(name, value))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.description").value(containsString(name)));
    }

    @Test
    void oneFeatureByIdWithItsLinks() throws Exception {
        mvc.perform(get(ITEMS + "/2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaTypes.GEO_JSON))
                .andExpect(header().exists(HttpHeaders.ETAG))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.id").value(2))
                .andExpect(jsonPath("$.properties.poblacion").value(5302))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("collection")));
    }

    @Test
    void aFeatureCanBeAskedInAnotherCrs() throws Exception {
        mvc.perform(get(ITEMS + "/2").param("crs", "http://www.opengis.net/def/crs/EPSG/0/4326"))
                .andExpect(status().isOk())
                .andExpect(header().string(CrsParameters.CONTENT_CRS, "<http://www.opengis.net/def/crs/EPSG/0/4326>"))
                // EPSG:4326 is latitude first.
                .andExpect(jsonPath("$.geometry.coordinates[0][0][0][0]").value(-40.0));
    }

    @Test
    void aMissingFeatureIsA404AndAMissingCollectionToo() throws Exception {
        mvc.perform(get(ITEMS + "/99"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("FeatureNotFound"))
                .andExpect(jsonPath("$.description").value(containsString("99")))
                .andExpect(header().string("Cache-Control", "no-store"));
        mvc.perform(get("/collections/no-existe/items"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CollectionNotFound"));
    }

    @Test
    void aFeatureTakesOnlyFormatAndCrs() throws Exception {
        mvc.perform(get(ITEMS + "/2").param("limit", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"));
    }

    @Test
    void theSameEtagAgainIsA304() throws Exception {
        String etag = mvc.perform(get(ITEMS))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        mvc.perform(get(ITEMS).header(HttpHeaders.IF_NONE_MATCH, etag)).andExpect(status().isNotModified());
    }

    @Test
    void htmlListsTheFeatures() throws Exception {
        mvc.perform(get(ITEMS).param("f", "html"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Corral")));
    }
}
