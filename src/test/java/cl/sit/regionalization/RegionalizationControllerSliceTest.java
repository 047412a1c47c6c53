package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import cl.sit.system.CsvDownload;
import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.system.SliceRequests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code /api/regionalizations}: the variables, a run (anyone; its body's validation errors; its address), a
 * stored result as JSON, CSV or GeoJSON and the 400s and 404 of those, and saving regions as territories (investment
 * staff and admins only, through the application's security chain), over {@link InMemoryRegionalizations}.
 */
@ApiSlice
@Import({RegionalizationController.class, InMemoryRegionalizations.class, SecurityWithoutAccountsSlice.class})
class RegionalizationControllerSliceTest {

    static final String RUNS = "/api/regionalizations";
    static final String VALID = "{\"metodo\": \"skater\", \"k\": 3, \"variables\": [{\"id\": \"poblacion\"}]}";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryRegionalizations.Runs runs;

    @BeforeEach
    void reset() {
        runs.request.set(null);
        runs.user.set(null);
    }

    static MockHttpServletRequestBuilder json(String path, String body) {
        return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void theVariablesThatCanBeAskedFor() throws Exception {
        mvc.perform(get(RUNS + "/variables"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.variables[0].id").value("poblacion"))
                .andExpect(jsonPath("$.variables[0].zonas_censales").value(true))
                .andExpect(jsonPath("$.comunas_con_zonas[0].zonas").value(60))
                .andExpect(jsonPath("$.limites.unidades").value(2000))
                .andExpect(jsonPath("$.limites.distancia_m").value(20_000.0));
    }

    @Test
    void anyoneRunsOneAndGetsItsAddress() throws Exception {
        mvc.perform(json(RUNS, VALID))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith(RUNS + "/" + InMemoryRegionalizations.RUN)))
                .andExpect(jsonPath("$.id").value(InMemoryRegionalizations.RUN))
                .andExpect(jsonPath("$.creado_en").value("2026-03-01T12:00:00Z"))
                .andExpect(jsonPath("$.piso").doesNotExist());
        assertThat(runs.request.get().k()).isEqualTo(3);
        assertThat(runs.user.get()).isNull();
        mvc.perform(json(RUNS, VALID).with(user("ines").roles("INVERSION"))).andExpect(status().isCreated());
        assertThat(runs.user.get()).isEqualTo("ines");
    }

    @Test
    void aBadBodyIsA400ThatNamesTheField() throws Exception {
        String[][] bad = {
            {"[]", "cuerpo"},
            {"{\"color\": 1}", "color"},
            {"{\"metodo\": \"skater\", \"k\": 3, \"variables\": []}", "variables"},
            {"{\"metodo\": \"skater\", \"variables\": [{\"id\": \"poblacion\"}]}", "'k'"},
            {"{\"metodo\": \"max-p\", \"k\": 3, \"variables\": [{\"id\": \"poblacion\"}]}", "'k'"},
            {"{\"ambito\": \"1\", \"metodo\": \"skater\", \"k\": 3, \"variables\": [{\"id\": \"poblacion\"}]}", "ambito"
            }
        };
        for (String[] b : bad) {
            mvc.perform(json(RUNS, b[0])).andExpect(SliceRequests.badRequest("InvalidBody", b[1]));
        }
        assertThat(runs.request.get()).isNull();
    }

    @Test
    void aStoredResultAsJsonCsvOrGeoJson() throws Exception {
        String one = RUNS + "/" + InMemoryRegionalizations.STORED;
        for (String[] params : new String[][] {{}, {"f", "json"}}) {
            mvc.perform(SliceRequests.get(one, params))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.id").value(InMemoryRegionalizations.STORED))
                    .andExpect(jsonPath("$.regiones_obtenidas").value(3));
        }
        mvc.perform(SliceRequests.get(one, "f", "csv", "formato", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(CsvDownload.MEDIA_TYPE))
                .andExpect(header().string(
                                "Content-Disposition",
                                CsvDownload.disposition("regionalizacion-" + InMemoryRegionalizations.STORED + ".csv")))
                .andExpect(content().string("codigo,nombre,region,nombre_region\r\n"));
        mvc.perform(SliceRequests.get(one, "f", "geojson"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"));
        mvc.perform(SliceRequests.get(RUNS + "/no-existe"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RegionalizationNotFound"));
        mvc.perform(SliceRequests.get(one, "f", "xml"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "'f'"));
        mvc.perform(SliceRequests.get(one, "f", "csv", "formato", "xls"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "formato"));
        mvc.perform(SliceRequests.get(one, "f", "geojson", "simplificar", "1"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "simplificar"));
        mvc.perform(SliceRequests.get(one, "f", "geojson", "simplificar", "mucho"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "simplificar"));
    }

    @Test
    void onlyInvestmentStaffAndAdminsSaveTerritories() throws Exception {
        String path = RUNS + "/" + InMemoryRegionalizations.STORED + "/territorios";
        String names = "{\"nombres\": [\"Sur\"]}";
        mvc.perform(json(path, names))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("Unauthorized"));
        mvc.perform(json(path, names).with(user("eva").roles("EDITOR")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("Forbidden"));
        for (String role : new String[] {"INVERSION", "ADMIN"}) {
            mvc.perform(json(path, names).with(user("ines").roles(role)))
                    .andExpect(status().isCreated())
                    .andExpect(jsonPath("$[0].nombre").value("Sur"))
                    .andExpect(jsonPath("$[0].creado_por").value("ines"));
        }
        mvc.perform(json(RUNS + "/no-existe/territorios", names)
                        .with(user("ines").roles("INVERSION")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RegionalizationNotFound"));
    }
}
