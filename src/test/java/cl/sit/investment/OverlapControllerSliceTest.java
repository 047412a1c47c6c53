package cl.sit.investment;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import cl.sit.system.SliceRequests;
import cl.sit.territory.InMemoryUnitCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/overlaps} and {@code /api/overlaps/coincidencias}: the distance (its default, the stored one as the
 * maximum, the old name {@code distance_m}), paging and its bounds, the territory filter and its unknown codes, the
 * per-commune counts on request, one project's pairs, the year range of the coincidences, over
 * {@link InMemoryOverlaps}, {@link InMemoryProjects} and {@link InMemoryUnitCodes}.
 */
@ApiSlice
@Import({OverlapController.class, InMemoryOverlaps.class, InMemoryProjects.class, InMemoryUnitCodes.class})
class OverlapControllerSliceTest {

    static final String OVERLAPS = "/api/overlaps";
    static final String COINCIDENCES = "/api/overlaps/coincidencias";

    @Autowired
    MockMvc mvc;

    ResultActions at(String path, String... params) throws Exception {
        return mvc.perform(SliceRequests.get(path, params));
    }

    void bad(String path, String code, String parameter, String... params) throws Exception {
        at(path, params).andExpect(SliceRequests.badRequest(code, parameter));
    }

    @Test
    void theDefaultPageIsEveryPairAtTheStoredDistance() throws Exception {
        at(OVERLAPS)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.distancia_m").value(InMemoryProjects.OVERLAP_DISTANCE_M))
                .andExpect(jsonPath("$.distancia_max_m").value(InMemoryProjects.OVERLAP_DISTANCE_M))
                .andExpect(jsonPath("$.limit").value(OverlapController.DEFAULT_LIMIT))
                .andExpect(jsonPath("$.offset").value(0))
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.numberReturned").value(3))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.por_comuna.length()").value(0))
                .andExpect(jsonPath("$.pares[0].a.id").value(3))
                .andExpect(jsonPath("$.pares[0].b.id").value(4))
                .andExpect(jsonPath("$.pares[2].motivo").value("territorio_anios_sector"))
                .andExpect(jsonPath("$.pares[2].motivos.length()").value(2))
                .andExpect(jsonPath("$.pares[2].etiqueta").value(containsString("500 m")))
                .andExpect(jsonPath("$.pares[2].a.anio_inicio").value(2020))
                .andExpect(jsonPath("$.por_motivo[0].codigo").value("territorio_anios_sector"))
                .andExpect(jsonPath("$.por_motivo[0].pares").value(1))
                .andExpect(jsonPath("$.por_motivo[1].pares").value(2));
    }

    @Test
    void theDistanceUnderEitherNameAndPaging() throws Exception {
        for (String name : new String[] {"distancia_m", "distance_m"}) {
            at(OVERLAPS, name, "100")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.distancia_m").value(100.0))
                    .andExpect(jsonPath("$.numberMatched").value(2))
                    .andExpect(jsonPath("$.pares[1].etiqueta").value(containsString("100 m")));
        }
        at(OVERLAPS, "distancia_m", "0", "distance_m", "0")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(1));
        bad(OVERLAPS, "InvalidParameter", "distance_m", "distancia_m", "100", "distance_m", "200");
        at(OVERLAPS, "limit", "1", "offset", "1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.numberReturned").value(1))
                .andExpect(jsonPath("$.limit").value(1))
                .andExpect(jsonPath("$.offset").value(1))
                .andExpect(jsonPath("$.pares[0].a.id").value(1))
                .andExpect(jsonPath("$.pares[0].b.id").value(2));
        at(OVERLAPS, "offset", String.valueOf(OverlapController.MAX_OFFSET))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pares.length()").value(0));
    }

    @Test
    void theTerritoryAndThePerCommuneCounts() throws Exception {
        for (String name : new String[] {"territorio", "comuna"}) {
            at(OVERLAPS, name, InMemoryUnitCodes.CORRAL)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.numberMatched").value(2))
                    .andExpect(jsonPath("$.por_comuna.length()").value(0));
        }
        at(OVERLAPS, "territorio", InMemoryUnitCodes.CUSTOM, "por_comuna", "true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.por_comuna.length()").value(1))
                .andExpect(jsonPath("$.por_comuna[0].codigo").value(InMemoryUnitCodes.VALDIVIA))
                .andExpect(jsonPath("$.por_comuna[0].pares").value(3));
        at(OVERLAPS, "por_comuna", "true")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.por_comuna.length()").value(2))
                .andExpect(jsonPath("$.por_comuna[1].codigo").value(InMemoryUnitCodes.CORRAL))
                .andExpect(jsonPath("$.por_comuna[1].pares").value(2));
        at(OVERLAPS, "por_comuna", "false")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.por_comuna.length()").value(0));
        bad(OVERLAPS, "InvalidParameterValue", "por_comuna", "por_comuna", "si");
        bad(OVERLAPS, "UnknownTerritory", "'no-existe'", "territorio", "no-existe");
        bad(OVERLAPS, "InvalidParameterValue", "comuna", "territorio", "14101", "comuna", "14102");
    }

    @Test
    void oneProjectGivesItsPairsAndAnUnknownOneIsA404() throws Exception {
        at(OVERLAPS, "proyecto", "4")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.pares[0].b.id").value(4))
                .andExpect(jsonPath("$.pares[1].b.id").value(4));
        at(OVERLAPS, "proyecto", "4", "distancia_m", "100", "limit", "1", "offset", "1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(1))
                .andExpect(jsonPath("$.offset").value(1))
                .andExpect(jsonPath("$.pares.length()").value(0));
        at(OVERLAPS, "proyecto", "99")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ProjectNotFound"))
                .andExpect(jsonPath("$.description").value(containsString("99")));
        bad(OVERLAPS, "InvalidParameterValue", "proyecto", "proyecto", "1", "comuna", "14101");
        for (String id : new String[] {"0", "abc", "1.5"}) {
            bad(OVERLAPS, "InvalidParameterValue", "proyecto", "proyecto", id);
        }
    }

    @Test
    void overlapValuesOutOfBoundsAndUnknownParametersAre400s() throws Exception {
        at(OVERLAPS, "distancia_m", "501")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameterValue"))
                .andExpect(jsonPath("$.description")
                        .value(allOf(
                                containsString("distancia_m"),
                                containsString("500 m"),
                                containsString("sit.investment.overlap-distance-m"))));
        bad(OVERLAPS, "InvalidParameterValue", "distancia_m", "distancia_m", "-3");
        for (String[] p : SliceRequests.pagingOutOfBounds(OverlapController.MAX_LIMIT, OverlapController.MAX_OFFSET)) {
            bad(OVERLAPS, "InvalidParameterValue", p[0], p[0], p[1]);
            bad(COINCIDENCES, "InvalidParameterValue", p[0], p[0], p[1]);
        }
        bad(OVERLAPS, "InvalidParameter", "x", "x", "1");
        bad(COINCIDENCES, "InvalidParameter", "distancia_m", "distancia_m", "1");
    }

    @Test
    void coincidencesByYearsAndTerritoryPaged() throws Exception {
        at(COINCIDENCES)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.desde").value(1900))
                .andExpect(jsonPath("$.hasta").value(2100))
                .andExpect(jsonPath("$.territorio").isEmpty())
                .andExpect(jsonPath("$.numberMatched").value(3))
                .andExpect(jsonPath("$.limit").value(OverlapController.DEFAULT_LIMIT))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.definicion").value(Coincidences.DEFINITION))
                .andExpect(jsonPath("$.coincidencias[0].programas[1].programa").value("MOP"));
        at(COINCIDENCES, "desde", "2022", "hasta", "2024")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.coincidencias[0].anio").value(2022));
        at(COINCIDENCES, "desde", "2021", "hasta", "2021")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(1));
        at(COINCIDENCES, "territorio", InMemoryUnitCodes.CORRAL)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.territorio").value(InMemoryUnitCodes.CORRAL))
                .andExpect(jsonPath("$.numberMatched").value(1))
                .andExpect(jsonPath("$.coincidencias[0].nombre").value("Corral"));
        at(COINCIDENCES, "comuna", InMemoryUnitCodes.VALDIVIA, "limit", "1", "offset", "1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(2))
                .andExpect(jsonPath("$.numberReturned").value(1))
                .andExpect(jsonPath("$.coincidencias[0].anio").value(2022));
        bad(COINCIDENCES, "UnknownTerritory", "'no-existe'", "territorio", "no-existe");
        bad(COINCIDENCES, "InvalidParameterValue", "desde", "desde", "2020", "hasta", "2010");
        bad(COINCIDENCES, "InvalidParameterValue", "desde", "desde", "1899");
        bad(COINCIDENCES, "InvalidParameterValue", "hasta", "hasta", "2101");
    }
}
