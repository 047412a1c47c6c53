package cl.sit.tiles;

import static cl.sit.tiles.InMemoryTiles.PROJECTS;
import static cl.sit.tiles.InMemoryTiles.TABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /tiles/{collectionId}/{z}/{x}/{y}.mvt} and {@code /tiles/{collectionId}.json}: the tile or a 204, the
 * ETag and its 304, the filters and compact form passed to the store (with their old names), and the 400s and 404s
 * as {@code {code, description}}, over {@link InMemoryTiles}.
 */
@ApiSlice
@Import({TilesController.class, InMemoryTiles.class})
class TilesControllerSliceTest {

    static final String TILE = "/tiles/" + PROJECTS + "/5/9/19.mvt";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryTiles.Tiles tiles;

    @Test
    void aTileHasItsBytesAndAnETagThatAnswers304() throws Exception {
        String etag = mvc.perform(get(TILE))
                .andExpect(status().isOk())
                .andExpect(content().contentType(TilesController.MVT))
                .andExpect(content().string(PROJECTS + "/5/9/19"))
                .andExpect(header().exists("ETag"))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        assertThat(tiles.last()).isEqualTo(TileOptions.NONE);
        mvc.perform(get(TILE).header("If-None-Match", etag))
                .andExpect(status().isNotModified())
                .andExpect(header().string("ETag", etag))
                .andExpect(content().string(""));
        mvc.perform(get(TILE).param("compacto", "true"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", org.hamcrest.Matchers.not(etag)));
    }

    @Test
    void aTileWithNoFeatureIs204() throws Exception {
        mvc.perform(get("/tiles/" + PROJECTS + "/1/0/1.mvt"))
                .andExpect(status().isNoContent())
                .andExpect(header().exists("ETag"))
                .andExpect(content().string(""));
    }

    @Test
    void filtersAndTheCompactFormReachTheStoreWithTheNewOrTheOldNames() throws Exception {
        mvc.perform(get(TILE)
                        .param("sector", "Salud")
                        .param("desde", "2019")
                        .param("hasta", "2021")
                        .param("compacto", "true"))
                .andExpect(status().isOk());
        TileOptions expected = new TileOptions(Map.of("sector", "Salud"), 2019, 2021, true);
        assertThat(tiles.last()).isEqualTo(expected);
        mvc.perform(get(TILE)
                        .param("sector", "Salud")
                        .param("from", "2019")
                        .param("to", "2021")
                        .param("compact", "true"))
                .andExpect(status().isOk());
        assertThat(tiles.last()).isEqualTo(expected);
        refused(get(TILE).param("compact", "true").param("compacto", "false"), "InvalidParameter", "compacto");
    }

    @Test
    void badTilesAndParametersAre400WithCodeAndDescription() throws Exception {
        refused(get("/tiles/" + PROJECTS + "/23/0/0.mvt"), "InvalidTile", "22");
        refused(get("/tiles/" + PROJECTS + "/2/4/0.mvt"), "InvalidTile", "0 a 3");
        refused(get("/tiles/" + PROJECTS + "/2/0/-1.mvt"), "InvalidTile", "y=");
        refused(get("/tiles/" + PROJECTS + "/z/0/0.mvt"), "InvalidTile", "z=");
        refused(get(TILE).param("compacto", "si"), "InvalidParameterValue", "compacto");
        refused(get(TILE).param("desde", "dos mil"), "InvalidParameterValue", "desde");
        refused(get(TILE).param("sector", "x".repeat(201)), "InvalidParameterValue", "sector");
        refused(get(TILE).param("anio_inicio", "2020"), "InvalidParameter", "anio_inicio");
        refused(get(TILE).param("sector", "Salud", "Vivienda"), "InvalidParameter", "sector");
    }

    @Test
    void unknownCollectionsAndTablesHaveNoTiles() throws Exception {
        for (String path : new String[] {"/tiles/nada/0/0/0.mvt", "/tiles/nada.json"}) {
            mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("CollectionNotFound"));
        }
        for (String path : new String[] {"/tiles/" + TABLE + "/0/0/0.mvt", "/tiles/" + TABLE + ".json"}) {
            mvc.perform(get(path).accept(MediaType.APPLICATION_JSON))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("NoGeometry"))
                    .andExpect(jsonPath("$.description").value(containsString(TABLE)));
        }
    }

    @Test
    void theTileJsonDescribesTheLayer() throws Exception {
        mvc.perform(get("/tiles/" + PROJECTS + ".json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().exists("ETag"))
                .andExpect(jsonPath("$.tilejson").value("3.0.0"))
                .andExpect(jsonPath("$.name").value("Proyectos"))
                .andExpect(jsonPath("$.scheme").value("xyz"))
                .andExpect(jsonPath("$.tiles[0]").value("http://localhost/tiles/" + PROJECTS + "/{z}/{x}/{y}.mvt"))
                .andExpect(jsonPath("$.bounds[0]").value(-73.24))
                .andExpect(jsonPath("$.bounds[1]").value(-39.82))
                .andExpect(jsonPath("$.vector_layers[0].id").value(PROJECTS));
        refused(get("/tiles/" + PROJECTS + ".json").param("sector", "Salud"), "InvalidParameter", "sector");
    }

    private void refused(MockHttpServletRequestBuilder request, String code, String naming) throws Exception {
        mvc.perform(request.accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(code))
                .andExpect(jsonPath("$.description").value(containsString(naming)));
    }
}
