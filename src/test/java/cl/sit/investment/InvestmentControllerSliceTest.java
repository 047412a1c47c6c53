package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.system.SliceRequests;
import cl.sit.territory.InMemoryUnitCodes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code /api/investments/{id}/territories}, {@code /amounts}, {@code /api/investments/reconciliation} and
 * {@code DELETE /api/investments/ilustrativos}: the shapes, the commune-geometry link, 404s, the reconciliation's
 * paging, counts and territory filter, and that only admins remove the illustrative projects (the application's
 * security chain), over {@link InMemoryLinks}, {@link InMemoryProjects} and {@link InMemoryUnitCodes}.
 */
@ApiSlice
@Import({
    InvestmentController.class,
    InMemoryLinks.class,
    InMemoryProjects.class,
    InMemoryUnitCodes.class,
    SecurityWithoutAccountsSlice.class
})
class InvestmentControllerSliceTest {

    static final String RECONCILIATION = "/api/investments/reconciliation";
    static final String ILLUSTRATIVE = "/api/investments/ilustrativos";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryLinks.Store store;

    @BeforeEach
    void reset() {
        store.reset();
    }

    ResultActions reconciliation(String... params) throws Exception {
        return mvc.perform(SliceRequests.get(RECONCILIATION, params));
    }

    @Test
    void aProjectsSplitWithItsUnitsAndTheCommuneGeometryLink() throws Exception {
        mvc.perform(get("/api/investments/4/territories"))
                .andExpect(status().isOk())
                .andExpect(header().string("Link", InvestmentController.COMMUNE_GEOMETRY_LINK))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.reparto.length()").value(3))
                .andExpect(jsonPath("$.reparto[0].codigo").value(InMemoryUnitCodes.VALDIVIA))
                .andExpect(jsonPath("$.reparto[0].proporcion").value(0.45))
                .andExpect(jsonPath("$.reparto[0].metodo").value("longitud"))
                .andExpect(jsonPath("$.reparto[2].codigo").isEmpty())
                .andExpect(jsonPath("$.reparto[2].nombre").value(TerritoryShare.OUTSIDE_NAME))
                .andExpect(jsonPath("$.reparto[2].metodo").value(TerritoryShare.OUTSIDE_METHOD))
                .andExpect(jsonPath("$.unidades[0].nivel").value("region"))
                .andExpect(jsonPath("$.unidades[0].proporcion").value(0.9));
        mvc.perform(get("/api/investments/1/territories"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ilustrativo").value(false))
                .andExpect(jsonPath("$.reparto.length()").value(1));
        mvc.perform(get("/api/investments/99/territories"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ProjectNotFound"));
        mvc.perform(get("/api/investments/abc/territories"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "id"));
    }

    @Test
    void aProjectsAmountsPerYearAndTheirSums() throws Exception {
        mvc.perform(get("/api/investments/1/amounts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyecto").value(1))
                .andExpect(jsonPath("$.ilustrativo").value(false))
                .andExpect(jsonPath("$.montos.length()").value(2))
                .andExpect(jsonPath("$.montos[1].anio").value(2022))
                .andExpect(jsonPath("$.montos[1].programado_clp").value(250_000_000L))
                .andExpect(jsonPath("$.programado_clp").value(350_000_000L))
                .andExpect(jsonPath("$.ejecutado_clp").value(40_000_000L));
        mvc.perform(get("/api/investments/2/amounts"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.montos.length()").value(0))
                .andExpect(jsonPath("$.programado_clp").value(0));
        mvc.perform(get("/api/investments/99/amounts"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ProjectNotFound"));
    }

    @Test
    void theReconciliationCountsEveryProblemAndPages() throws Exception {
        reconciliation()
                .andExpect(status().isOk())
                .andExpect(header().string("Link", InvestmentController.COMMUNE_GEOMETRY_LINK))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.territorio").isEmpty())
                .andExpect(jsonPath("$.numberMatched").value(4))
                .andExpect(jsonPath("$.numberReturned").value(4))
                .andExpect(jsonPath("$.limit").value(InvestmentController.DEFAULT_LIMIT))
                .andExpect(jsonPath("$.offset").value(0))
                .andExpect(jsonPath("$.por_problema.fuera_de_comunas").value(1))
                .andExpect(jsonPath("$.por_problema.parcialmente_fuera").value(1))
                .andExpect(jsonPath("$.por_problema.comuna_distinta").value(2))
                .andExpect(jsonPath("$.problemas[0].codigo_bip").value("30000001-0"))
                .andExpect(jsonPath("$.problemas[0].comuna_declarada").value(InMemoryUnitCodes.VALDIVIA))
                .andExpect(jsonPath("$.problemas[2].comunas_localizadas[0]").value(InMemoryUnitCodes.CORRAL));
        reconciliation("limit", "2", "offset", "1")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(4))
                .andExpect(jsonPath("$.numberReturned").value(2))
                .andExpect(jsonPath("$.problemas[0].id").value(2))
                .andExpect(jsonPath("$.problemas[1].id").value(3))
                .andExpect(jsonPath("$.por_problema.comuna_distinta").value(2));
        reconciliation(
                        "offset",
                        String.valueOf(Integer.MAX_VALUE),
                        "limit",
                        String.valueOf(InvestmentController.MAX_LIMIT))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(4))
                .andExpect(jsonPath("$.problemas.length()").value(0));
    }

    @Test
    void theReconciliationOfATerritoryUnderEitherName() throws Exception {
        for (String name : new String[] {"territorio", "comuna"}) {
            reconciliation(name, InMemoryUnitCodes.CORRAL)
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.territorio").value(InMemoryUnitCodes.CORRAL))
                    .andExpect(jsonPath("$.numberMatched").value(2))
                    .andExpect(jsonPath("$.por_problema.fuera_de_comunas").value(0))
                    .andExpect(jsonPath("$.por_problema.comuna_distinta").value(2));
        }
        reconciliation("territorio", InMemoryUnitCodes.PROVINCE)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.numberMatched").value(4));
        reconciliation("territorio", "no-existe").andExpect(SliceRequests.badRequest("UnknownTerritory", "no-existe"));
        reconciliation("territorio", "14101", "comuna", "14101")
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "comuna"));
        for (String[] p : new String[][] {
            {"limit", "0"}, {"limit", String.valueOf(InvestmentController.MAX_LIMIT + 1)}, {"offset", "-1"}
        }) {
            reconciliation(p).andExpect(SliceRequests.badRequest("InvalidParameterValue", p[0]));
        }
        reconciliation("problema", "x").andExpect(SliceRequests.badRequest("InvalidParameter", "problema"));
    }

    @Test
    void onlyAdminsRemoveTheIllustrativeProjects() throws Exception {
        mvc.perform(delete(ILLUSTRATIVE))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("Unauthorized"));
        mvc.perform(delete(ILLUSTRATIVE).with(user("ines").roles("INVERSION")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("Forbidden"));
        assertThat(store.exists(InMemoryLinks.ILLUSTRATIVE)).isTrue();
        mvc.perform(delete(ILLUSTRATIVE).with(user("ana").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eliminados").value(1));
        assertThat(store.removedBy.get()).isEqualTo("ana");
        mvc.perform(get("/api/investments/4/territories")).andExpect(status().isNotFound());
        mvc.perform(delete(ILLUSTRATIVE).with(user("ana").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.eliminados").value(0));
    }
}
