package cl.sit.territory;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import java.security.Principal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /api/territories}: list, read, create (201 with its location) and the errors, over in-memory custom
 * territories. Who may create is the security filters' concern (not in the slice): the user is the request's
 * principal here.
 */
@ApiSlice
@Import({CustomTerritoryController.class, InMemoryTerritories.class})
@DirtiesContext
class CustomTerritoryControllerSliceTest {

    static final Principal ANA = () -> "ana";

    @Autowired
    MockMvc mvc;

    @Test
    void oneTerritoryWithItsCommunesAndWeights() throws Exception {
        mvc.perform(get("/api/territories/" + InMemoryTerritories.ASSOCIATION))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.codigo").value(InMemoryTerritories.ASSOCIATION))
                .andExpect(jsonPath("$.tipo").value("comunas"))
                .andExpect(jsonPath("$.area_km2").value(200.0))
                .andExpect(jsonPath("$.areaKm2").doesNotExist())
                .andExpect(jsonPath("$.comunas[1].cut").value("14102"))
                .andExpect(jsonPath("$.comunas[1].peso").value(1.0))
                .andExpect(jsonPath("$.creado_por").value("admin"))
                .andExpect(jsonPath("$.creado_en").isString())
                .andExpect(jsonPath("$.creadoPor").doesNotExist());
    }

    @Test
    void anUnknownCodeIsA404WithCodeAndDescription() throws Exception {
        mvc.perform(get("/api/territories/no-existe"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("TerritoryNotFound"))
                .andExpect(jsonPath("$.description").value(containsString("no-existe")));
    }

    @Test
    void createdIsA201WithItsLocationAndThenListed() throws Exception {
        mvc.perform(post("/api/territories")
                        .principal(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nombre\":\"Valle Norte\",\"comunas\":[\"14101\"]}"))
                .andExpect(status().isCreated())
                .andExpect(header().string(HttpHeaders.LOCATION, endsWith("/api/territories/valle-norte")))
                .andExpect(jsonPath("$.codigo").value("valle-norte"))
                .andExpect(jsonPath("$.creado_por").value("ana"));
        mvc.perform(get("/api/territories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.codigo == 'valle-norte')].nombre").value("Valle Norte"));
    }

    @Test
    void aStoreRefusalIsA400WithCodeAndDescription() throws Exception {
        mvc.perform(post("/api/territories")
                        .principal(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"comunas\":[\"14101\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidBody"));
    }

    @Test
    void tooManyVerticesIsRefusedBeforeTheStore() throws Exception {
        StringBuilder ring = new StringBuilder("[0,0]");
        for (int i = 1; i <= 12; i++) {
            ring.append(",[").append(i).append(",").append(i % 2).append("]");
        }
        ring.append(",[0,0]");
        mvc.perform(post("/api/territories")
                        .principal(ANA)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nombre\":\"Zona\",\"geometria\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring
                                + "]]}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("TooManyVertices"));
    }

    @Test
    void onlyJsonBodiesAreAccepted() throws Exception {
        mvc.perform(post("/api/territories")
                        .principal(ANA)
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("x"))
                .andExpect(status().isUnsupportedMediaType());
    }
}
