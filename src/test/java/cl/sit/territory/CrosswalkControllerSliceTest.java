package cl.sit.territory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/territories/crosswalk}: JSON, the two CSV forms and bad formats, over an in-memory crosswalk. */
@ApiSlice
@Import({CrosswalkController.class, InMemoryTerritories.class})
class CrosswalkControllerSliceTest {

    static final String CROSSWALK = "/api/territories/crosswalk";

    @Autowired
    MockMvc mvc;

    @Test
    void jsonListsEveryChangeWithItsSpanishFields() throws Exception {
        mvc.perform(get(CROSSWALK))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].codigo_anterior").value("10502"))
                .andExpect(jsonPath("$[0].codigo_nuevo").value("14102"))
                .andExpect(jsonPath("$[0].fecha_cambio").value("2007-10-02"))
                .andExpect(jsonPath("$[1].fuente").value("Ley 21.033"));
    }

    @Test
    void csvForProgramsHasTheColumnNamesAndIsAnAttachment() throws Exception {
        mvc.perform(get(CROSSWALK).param("f", "csv").param("formato", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("equivalencias-cut.csv")))
                .andExpect(content().string(startsWith("codigo_anterior,id_anterior,codigo_nuevo")))
                .andExpect(content().string(containsString("10502,comuna-10502,14102,Corral")));
    }

    @Test
    void csvForSpreadsheetsHasTheTitles() throws Exception {
        mvc.perform(get(CROSSWALK).param("f", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Código anterior")));
    }

    @Test
    void badFormatsAndUnknownParametersAre400WithCodeAndDescription() throws Exception {
        mvc.perform(get(CROSSWALK).param("f", "xls"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameterValue"))
                .andExpect(jsonPath("$.description").value(containsString("'f'")));
        mvc.perform(get(CROSSWALK).param("f", "csv").param("formato", "ods"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.description").value(containsString("formato")));
        mvc.perform(get(CROSSWALK).param("nivel", "comuna"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"));
    }
}
