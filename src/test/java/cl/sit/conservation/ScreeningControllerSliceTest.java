package cl.sit.conservation;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.investment.InMemoryProjects;
import cl.sit.system.ApiSlice;
import cl.sit.system.SliceRequests;
import cl.sit.territory.InMemoryUnitCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/screening}: the buffer (its default, the stored maximum, the old name {@code buffer_m}), paging and
 * its bounds, the territory filter and its unknown codes, one project's screening ({@code proyecto}), over
 * {@link InMemoryScreening}, {@link InMemoryProjects} and {@link InMemoryUnitCodes}.
 */
@ApiSlice
@Import({ScreeningController.class, InMemoryScreening.class, InMemoryProjects.class, InMemoryUnitCodes.class})
class ScreeningControllerSliceTest {

    static final String SCREENING = "/api/screening";

    @Autowired
    MockMvc mvc;

    ResultActions screening(String... params) throws Exception {
        return mvc.perform(SliceRequests.get(SCREENING, params));
    }

    ResultActions bad(String code, String parameter, String... params) throws Exception {
        return screening(params).andExpect(SliceRequests.badRequest(code, parameter));
    }

    @Test
    void theDefaultPageHasTheDefaultBufferAndTheStoredMaximum() throws Exception {
        screening()
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.margen_m").value(ScreeningController.DEFAULT_BUFFER_M))
                .andExpect(jsonPath("$.margen_max_m").value(InMemoryProjects.SCREENING_MAX_M))
                .andExpect(jsonPath("$.limit").value(ScreeningController.DEFAULT_LIMIT))
                .andExpect(jsonPath("$.offset").value(0))
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.numberReturned").value(2))
                .andExpect(jsonPath("$.dentro").value(1))
                .andExpect(jsonPath("$.cerca").value(1))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.geometria_comunas[0]").value(InMemoryScreening.GEOMETRY))
                .andExpect(jsonPath("$.filas[0].id").value(1))
                .andExpect(jsonPath("$.filas[0].codigo_bip").value("30000001-0"))
                .andExpect(jsonPath("$.filas[0].estado").value("dentro"))
                .andExpect(jsonPath("$.filas[0].distancia_m").value(0.0))
                .andExpect(jsonPath("$.filas[0].areas[0].area_solapada_ha").value(12.5))
                .andExpect(jsonPath("$.filas[1].id").value(2))
                .andExpect(jsonPath("$.filas[1].estado").value("cerca"))
                .andExpect(jsonPath("$.filas[1].cercanas[0].distancia_m").value(300.0))
                .andExpect(jsonPath("$.por_tipo.length()").value(2))
                .andExpect(jsonPath("$.por_tipo[1].tipo").value("sitio_prioritario"))
                .andExpect(jsonPath("$.por_tipo[1].cerca").value(1));
    }

    @Test
    void theBufferChoosesTheRowsAndPagingCutsThem() throws Exception {
        screening("margen_m", "0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.margen_m").value(0.0))
                .andExpect(jsonPath("$.numberMatched").value(1))
                .andExpect(jsonPath("$.filas[0].estado").value("dentro"));
        screening("margen_m", "5000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.filas[2].id").value(4));
        screening("margen_m", "5000", "limit", "1", "offset", "1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.numberReturned").value(1))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.offset").value(1))
                .andExpect(jsonPath("$.filas.length()").value(1))
                .andExpect(jsonPath("$.filas[0].id").value(2));
        screening("offset", String.valueOf(ScreeningController.MAX_OFFSET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.filas.length()").value(0));
    }

    @Test
    void theOldNameOfTheBufferIsAcceptedUnlessItDisagrees() throws Exception {
        screening("buffer_m", "5000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.margen_m").value(5000.0))
                .andExpect(jsonPath("$.numberMatched").value(3));
        screening("buffer_m", "0", "margen_m", "0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(1));
        bad("InvalidParameter", "buffer_m", "buffer_m", "0", "margen_m", "5000");
    }

    @Test
    void theTerritoryFiltersUnderEitherNameAndAnUnknownOneIsA400() throws Exception {
        for (String name : new String[] {"territorio", "comuna"}) {
            screening("margen_m", "5000", name, InMemoryUnitCodes.CORRAL)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.numberMatched").value(1))
                    .andExpect(jsonPath("$.filas[0].id").value(4))
                    .andExpect(jsonPath("$.por_territorio.length()").value(1))
                    .andExpect(jsonPath("$.por_territorio[0].codigo").value(InMemoryUnitCodes.CORRAL));
        }
        screening("margen_m", "5000", "territorio", InMemoryUnitCodes.PROVINCE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.por_territorio.length()").value(2));
        bad("UnknownTerritory", "'99999'", "territorio", "99999");
        bad("UnknownTerritory", "x".repeat(40) + "…'", "comuna", "x".repeat(41));
        bad("InvalidParameterValue", "comuna", "territorio", "14101", "comuna", "14101");
    }

    @Test
    void oneProjectGivesItsOwnRowOrNoneAndAnUnknownOneIsA404() throws Exception {
        screening("proyecto", "2")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(1))
                .andExpect(jsonPath("$.filas[0].id").value(2))
                .andExpect(jsonPath("$.filas[0].nombre").value("Posta Rural"));
        screening("proyecto", "4", "margen_m", "1000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(0))
                .andExpect(jsonPath("$.filas.length()").value(0));
        screening("proyecto", "99")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ProjectNotFound"))
                .andExpect(jsonPath("$.description").value(containsString("99")));
        bad("InvalidParameterValue", "proyecto", "proyecto", "1", "territorio", "14101");
        bad("InvalidParameterValue", "proyecto", "proyecto", "1", "comuna", "14101");
        for (String id : new String[] {"0", "abc", "1.5"}) {
            bad("InvalidParameterValue", "proyecto", "proyecto", id);
        }
    }

    @Test
    void valuesOutOfBoundsAndUnknownParametersAre400s() throws Exception {
        bad("InvalidParameterValue", "margen_m", "margen_m", String.valueOf(InMemoryProjects.SCREENING_MAX_M + 1))
                .andExpect(jsonPath("$.description")
                        .value(allOf(containsString("5000 m"), containsString("sit.investment.screening-max-m"))));
        bad("InvalidParameterValue", "margen_m", "margen_m", "-1");
        bad("InvalidParameterValue", "margen_m", "margen_m", "lejos");
        for (String[] p :
                SliceRequests.pagingOutOfBounds(ScreeningController.MAX_LIMIT, ScreeningController.MAX_OFFSET)) {
            bad("InvalidParameterValue", p[0], p[0], p[1]);
        }
        bad("InvalidParameter", "distancia_m", "distancia_m", "100");
        mvc.perform(get(SCREENING + "?limit=1&limit=2"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(containsString("limit")));
    }
}
