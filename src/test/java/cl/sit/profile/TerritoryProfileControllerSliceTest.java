package cl.sit.profile;

import static cl.sit.profile.InMemoryProfiles.VALDIVIA;
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
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/territories/{code}/profile} and {@code .../projects}: the JSON shapes, the CSV downloads, the old
 * parameter names, the 404 for an unknown territory and the 400s, over {@link InMemoryProfiles}.
 */
@ApiSlice
@Import({TerritoryProfileController.class, InMemoryProfiles.class})
class TerritoryProfileControllerSliceTest {

    static final String PROFILE = "/api/territories/" + VALDIVIA + "/profile";
    static final String PROJECTS = "/api/territories/" + VALDIVIA + "/projects";

    @Autowired
    MockMvc mvc;

    @Test
    void theProfileHasItsSectionsAndThePeriodAskedFor() throws Exception {
        mvc.perform(get(PROFILE).param("desde", "2019").param("hasta", "2021").param("monto", "ejecutado"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.codigo").value(VALDIVIA))
                .andExpect(jsonPath("$.nombre").value("Valdivia"))
                .andExpect(jsonPath("$.nivel").value("comuna"))
                .andExpect(jsonPath("$.area_km2").value(1016.0))
                .andExpect(jsonPath("$.superficie.oficial_km2").value(1015.6))
                .andExpect(jsonPath("$.superficie.usada").value("oficial"))
                .andExpect(jsonPath("$.contexto[0].nivel").value("provincia"))
                .andExpect(jsonPath("$.poblacion.censo_2017.poblacion").value(166080))
                .andExpect(jsonPath("$.poblacion.proyeccion.anio").value(2021))
                .andExpect(jsonPath("$.poblacion.densidad_hab_km2").value(175.3))
                .andExpect(
                        jsonPath("$.conservacion.areas_protegidas.porcentaje").value(0.0))
                .andExpect(jsonPath("$.conservacion.sitios_prioritarios.unidades.length()")
                        .value(0))
                .andExpect(jsonPath("$.inversion.desde").value(2019))
                .andExpect(jsonPath("$.inversion.hasta").value(2021))
                .andExpect(jsonPath("$.inversion.monto").value("ejecutado"))
                .andExpect(jsonPath("$.inversion.total_clp").value(2.6e9))
                .andExpect(jsonPath("$.inversion.por_anio[0].programado_clp").value(2.6e9))
                .andExpect(jsonPath("$.inversion.fuera_de_comunas_clp").value(5e7))
                .andExpect(jsonPath("$.proyectos_principales[0].codigo_bip").value("30000001-0"))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.vigencia").doesNotExist());
    }

    @Test
    void theProjectsAreRankedAndLimited() throws Exception {
        mvc.perform(get(PROJECTS).param("limit", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].id").value(1))
                .andExpect(jsonPath("$[0].codigo_bip").value("30000001-0"))
                .andExpect(jsonPath("$[0].anio_inicio").value(2019))
                .andExpect(jsonPath("$[0].costo_total_clp").value(4_000_000_000L))
                .andExpect(jsonPath("$[0].proporcion").value(0.5))
                .andExpect(jsonPath("$[0].monto_clp").value(2e9))
                .andExpect(jsonPath("$[0].fuera_de_comunas").value(0.1));
        mvc.perform(get(PROJECTS))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
    }

    @Test
    void bothAreCsvDownloads() throws Exception {
        mvc.perform(get(PROFILE).param("f", "csv").param("formato", "csv").param("desde", "2019"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("ficha-14101-2019-2026.csv")))
                .andExpect(content().string(startsWith("seccion,indicador,anio,valor,unidad,fuente")))
                .andExpect(content().string(containsString("territorio,nombre,,Valdivia,,")));
        mvc.perform(get(PROJECTS).param("f", "csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("proyectos-14101-2003-2026.csv")))
                .andExpect(content().string(startsWith("\uFEFFId;Código BIP;Nombre;")))
                .andExpect(content().string(containsString("Puente Sur")));
    }

    @Test
    void theOldEnglishNamesAreStillAccepted() throws Exception {
        mvc.perform(get(PROFILE).param("from", "2010").param("to", "2012").param("amount", "ejecutado"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.inversion.desde").value(2010))
                .andExpect(jsonPath("$.inversion.hasta").value(2012))
                .andExpect(jsonPath("$.inversion.monto").value("ejecutado"));
        mvc.perform(get(PROJECTS).param("from", "2010").param("desde", "2010")).andExpect(status().isOk());
        mvc.perform(get(PROJECTS).param("from", "2010").param("desde", "2011"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(containsString("desde")));
    }

    @Test
    void unknownTerritoriesAre404AndBadParameters400() throws Exception {
        for (String path : new String[] {"/api/territories/99999/profile", "/api/territories/99999/projects"}) {
            mvc.perform(get(path))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.code").value("TerritoryNotFound"))
                    .andExpect(jsonPath("$.description").value(containsString("99999")));
        }
        invalid(get(PROFILE).param("desde", "2021").param("hasta", "2020"), "desde");
        invalid(get(PROFILE).param("hasta", "dos mil"), "hasta");
        invalid(get(PROFILE).param("monto", "todo"), "monto");
        invalid(get(PROFILE).param("f", "xml"), "f");
        invalid(get(PROFILE).param("limit", "3"), "limit");
        invalid(get(PROFILE).param("f", "csv").param("formato", "ods"), "formato");
        invalid(get(PROJECTS).param("limit", "0"), "limit");
        invalid(get(PROJECTS).param("limit", "1001"), "limit");
        invalid(get(PROJECTS).param("desde", "2019", "2020"), "desde");
    }

    private void invalid(MockHttpServletRequestBuilder request, String named) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(containsString("InvalidParameter")))
                .andExpect(jsonPath("$.description").value(containsString(named)));
    }
}
