package cl.sit.ogcapi;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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

/** {@code /collections} and {@code /collections/{id}} over in-memory layers: shape, formats, caching, errors. */
@OgcApiSlice
@Import(CollectionsController.class)
class CollectionsControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theListDescribesEveryLayerWithLinksCrsAndExtent() throws Exception {
        mvc.perform(get("/collections").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.links[?(@.rel == 'self')].type").value(hasItem("application/json")))
                .andExpect(jsonPath("$.crs").value(hasItem("http://www.opengis.net/def/crs/OGC/1.3/CRS84")))
                .andExpect(jsonPath("$.collections.length()").value(2))
                .andExpect(jsonPath("$.collections[0].id").value(InMemoryLayers.COMMUNES))
                .andExpect(jsonPath("$.collections[0].itemType").value("feature"))
                .andExpect(jsonPath("$.collections[0].extent.spatial.bbox[0]")
                        .value(org.hamcrest.Matchers.contains(-73.5, -40.0, -72.7, -39.4)))
                .andExpect(jsonPath("$.collections[1].id").value(InMemoryLayers.TABLE))
                .andExpect(jsonPath("$.collections[1].extent").doesNotExist())
                .andExpect(jsonPath("$.collections[1].ilustrativo").value(true));
    }

    @Test
    void oneCollectionCarriesItsItemsQueryablesAndExportLinksAndAttributes() throws Exception {
        mvc.perform(get("/collections/" + InMemoryLayers.COMMUNES).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(InMemoryLayers.COMMUNES))
                .andExpect(jsonPath("$.tipo_geometria").value("MultiPolygon"))
                .andExpect(jsonPath("$.storageCrs").value("http://www.opengis.net/def/crs/OGC/1.3/CRS84"))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("items")))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem(QueryablesController.REL)))
                .andExpect(jsonPath("$.links[*].rel").value(hasItem("tiles")))
                .andExpect(jsonPath("$.atributos[2].nombre").value("poblacion"))
                .andExpect(jsonPath("$.atributos[2].tipo").value("integer"))
                .andExpect(jsonPath("$.atributos[2].titulo").isString())
                .andExpect(jsonPath("$.attributes").doesNotExist())
                .andExpect(jsonPath("$.visible_inicial").isBoolean())
                .andExpect(jsonPath("$.geometryType").doesNotExist())
                .andExpect(jsonPath("$.defaultVisible").doesNotExist())
                .andExpect(jsonPath("$.source").doesNotExist());
    }

    @Test
    void aLayerWithoutGeometryHasNoTilesNorShapefile() throws Exception {
        mvc.perform(get("/collections/" + InMemoryLayers.TABLE).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.links[?(@.rel == 'tiles')]").isEmpty())
                .andExpect(jsonPath("$.links[?(@.type == 'application/zip')]").isEmpty());
    }

    @Test
    void htmlIsAPageAndFormatParameterWinsOverAccept() throws Exception {
        mvc.perform(get("/collections/" + InMemoryLayers.COMMUNES)
                        .param("f", "html")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Comunas de prueba")));
    }

    @Test
    void aWeakEtagAnswersA304WhenTheClientCopyIsCurrent() throws Exception {
        String etag = mvc.perform(get("/collections").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, org.hamcrest.Matchers.startsWith("W/\"")))
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.ETAG);
        mvc.perform(get("/collections").accept(MediaType.APPLICATION_JSON).header(HttpHeaders.IF_NONE_MATCH, etag))
                .andExpect(status().isNotModified())
                .andExpect(content().string(""));
    }

    @Test
    void anUnknownCollectionIsA404WithCodeAndDescription() throws Exception {
        mvc.perform(get("/collections/no-existe").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CollectionNotFound"))
                .andExpect(jsonPath("$.description").value(containsString("no-existe")));
    }

    @Test
    void anUnknownParameterIsA400() throws Exception {
        mvc.perform(get("/collections").param("limite", "3").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(containsString("limite")));
    }

    @Test
    void theGmlSchemaListsTheAttributes() throws Exception {
        mvc.perform(get("/collections/" + InMemoryLayers.COMMUNES + "/schema.xsd"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_XML))
                .andExpect(content().string(containsString("poblacion")));
    }
}
