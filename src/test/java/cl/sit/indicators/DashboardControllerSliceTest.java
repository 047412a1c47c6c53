package cl.sit.indicators;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/investments/dashboard}: the document's shape, the filters echoed, the old parameter names and the
 * 400s, over {@link InMemoryInvestments}.
 */
@ApiSlice
@Import({DashboardController.class, InMemoryInvestments.class})
class DashboardControllerSliceTest {

    static final String DASHBOARD = "/api/investments/dashboard";

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentHasTheTotalsBreakdownsAndLargestProjects() throws Exception {
        mvc.perform(get(DASHBOARD).param("desde", "2019").param("hasta", "2021").param("limit", "2"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.desde").value(2019))
                .andExpect(jsonPath("$.hasta").value(2021))
                .andExpect(jsonPath("$.monto").value("programado"))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.total_clp").value(3e9))
                .andExpect(jsonPath("$.cantidad_proyectos").value(3))
                .andExpect(jsonPath("$.fuera_de_comunas.total_clp").value(5e7))
                .andExpect(jsonPath("$.fuera_de_comunas.proyectos").value(1))
                .andExpect(jsonPath("$.desgloses.programa[0].valor").value("FNDR"))
                .andExpect(jsonPath("$.desgloses.comuna[0].nombre").value("Valdivia"))
                .andExpect(jsonPath("$.desgloses.programa[0].nombre").doesNotExist())
                .andExpect(jsonPath("$.proyectos.length()").value(2))
                .andExpect(jsonPath("$.proyectos[0].codigo_bip").value("30000001-0"))
                .andExpect(jsonPath("$.proyectos[0].monto_clp").value(2e9));
    }

    @Test
    void theYearAxisCoversTheRangeAskedFor() throws Exception {
        mvc.perform(get(DASHBOARD).param("desde", "1990").param("hasta", "1991"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.desgloses.anio[0].valor").value("1990"))
                .andExpect(jsonPath("$.desgloses.anio[?(@.valor == '2020')].proyectos")
                        .value(3));
    }

    @Test
    void theFiltersAreEchoedAndACommuneFilterHasNoOutside() throws Exception {
        mvc.perform(get(DASHBOARD).param("comuna", "14101,14102").param("programa", "FNDR"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filtros.comuna[1]").value("14102"))
                .andExpect(jsonPath("$.filtros.programa[0]").value("FNDR"))
                .andExpect(jsonPath("$.filtros.anio").doesNotExist())
                .andExpect(jsonPath("$.fuera_de_comunas").doesNotExist());
    }

    @Test
    void theOldEnglishNamesAreStillAccepted() throws Exception {
        mvc.perform(get(DASHBOARD).param("from", "2018").param("to", "2019").param("amount", "ejecutado"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.desde").value(2018))
                .andExpect(jsonPath("$.hasta").value(2019))
                .andExpect(jsonPath("$.monto").value("ejecutado"));
        mvc.perform(get(DASHBOARD).param("from", "2018").param("desde", "2018")).andExpect(status().isOk());
        invalid(get(DASHBOARD).param("from", "2018").param("desde", "2019"), "desde");
    }

    @Test
    void badValuesAre400WithCodeAndDescription() throws Exception {
        invalid(get(DASHBOARD).param("desde", "2021").param("hasta", "2020"), "desde");
        invalid(get(DASHBOARD).param("monto", "todo"), "monto");
        invalid(get(DASHBOARD).param("limit", "1000"), "limit");
        invalid(get(DASHBOARD).param("comuna", "141"), "comuna");
        invalid(get(DASHBOARD).param("comuna", "99999"), "99999");
        invalid(get(DASHBOARD).param("programa", ""), "programa");
        invalid(get(DASHBOARD).param("nivel", "comuna"), "nivel");
    }

    private void invalid(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String named)
            throws Exception {
        ResultActions result = mvc.perform(request);
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(containsString("InvalidParameter")))
                .andExpect(jsonPath("$.description").value(containsString(named)));
    }
}
