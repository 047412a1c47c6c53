package cl.sit.agenda21;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/agenda21/estado} (public: the region, JSON or CSV in both forms, the 400s and 404) and
 * {@code POST /api/agenda21/estado} (signed-in users only, through the application's security chain: the body, its
 * old member names and its refusals), over {@link InMemoryCompletenessWorkflow}.
 */
@ApiSlice
@Import({CompletenessController.class, InMemoryCompletenessWorkflow.class, SecurityWithoutAccountsSlice.class})
class CompletenessControllerSliceTest {

    static final String STATE = "/api/agenda21/estado";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryCompletenessWorkflow.Changes changes;

    @BeforeEach
    void reset() {
        changes.last.set(null);
    }

    ResultActions matrix(String... params) throws Exception {
        return mvc.perform(SliceRequests.get(STATE, params));
    }

    static MockHttpServletRequestBuilder change(String body) {
        return post(STATE).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void anyoneReadsTheMatrixOfARegion() throws Exception {
        for (String[] params : new String[][] {{}, {"region", "14"}, {"f", "json"}}) {
            matrix(params)
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                    .andExpect(jsonPath("$.region").value("14"))
                    .andExpect(jsonPath("$.nombre_region").value("Los Ríos"))
                    .andExpect(jsonPath("$.capas[0].totales.con_datos").value(1))
                    .andExpect(jsonPath("$.comunas[1].celdas[0].ediciones_desde_estado")
                            .value(0))
                    .andExpect(jsonPath("$.comunas[1].celdas[0].estado").value("borrador"));
        }
        matrix("region", "15")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("RegionNotFound"));
        matrix("region", "abc").andExpect(SliceRequests.badRequest("InvalidParameterValue", "region"));
        matrix("region", "141").andExpect(SliceRequests.badRequest("InvalidParameterValue", "region"));
        matrix("f", "xml").andExpect(SliceRequests.badRequest("InvalidParameterValue", "'f'"));
        matrix("formato", "xls").andExpect(SliceRequests.badRequest("InvalidParameterValue", "formato"));
        matrix("comuna", "14102").andExpect(SliceRequests.badRequest("InvalidParameter", "comuna"));
    }

    @Test
    void theMatrixAsCsvForSpreadsheetsAndForPrograms() throws Exception {
        String spreadsheet = matrix("f", "csv")
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(CsvDownload.MEDIA_TYPE))
                .andExpect(header().string("Content-Disposition", CsvDownload.disposition("agenda21-estado-14.csv")))
                .andExpect(content().string(startsWith("\uFEFFRegión;Código de la comuna;Comuna;Capa")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(spreadsheet.lines()).hasSize(3);
        assertThat(spreadsheet.lines().skip(1).findFirst().orElseThrow())
                .startsWith("14;14101;Valdivia;a21-residuos;12;2;0;")
                .contains(";publicada;ana;")
                .endsWith(";\"Revisada; 2 = 1+1\"");
        String data = matrix("f", "csv", "formato", "csv")
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(data.lines().findFirst().orElseThrow())
                .isEqualTo("region,cut,comuna,capa,elementos,ediciones,ediciones_desde_estado,ultima_edicion,"
                        + "ultimo_usuario,estado,estado_por,estado_fecha,nota");
        assertThat(data.lines().skip(2).findFirst().orElseThrow())
                .startsWith("14,14102,Corral,a21-residuos,0,2,0,")
                .endsWith(",borrador,ana,2026-03-01T12:00Z,Revisada; 2 = 1+1");
    }

    @Test
    void onlySignedInUsersChangeAStatus() throws Exception {
        String body = "{\"capa\": \"a21-residuos\", \"cut\": \"14102\", \"estado\": \"revision\"}";
        mvc.perform(change(body))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("Unauthorized"));
        assertThat(changes.last.get()).isNull();
        mvc.perform(change(body).with(user("ana").roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.capa").value("a21-residuos"))
                .andExpect(jsonPath("$.cut").value("14102"))
                .andExpect(jsonPath("$.anterior").value("borrador"))
                .andExpect(jsonPath("$.estado").value("revision"))
                .andExpect(jsonPath("$.estado_por").value("ana"))
                .andExpect(jsonPath("$.estado_fecha").value("2026-03-01T12:00:00Z"));
    }

    @Test
    void theBodyUnderItsNewOrOldNamesAndItsRefusals() throws Exception {
        mvc.perform(change("{\"layer\": \"a21-residuos\", \"cut\": \"14101\", \"status\": \"publicada\", "
                                + "\"nota\": \"Lista\", \"desde\": \"revision\"}")
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.estado").value("publicada"))
                .andExpect(jsonPath("$.nota").value("Lista"));
        assertThat(changes.last.get().layer()).isEqualTo("a21-residuos");
        assertThat(changes.last.get().desde()).isEqualTo("revision");
        changes.last.set(null);
        mvc.perform(change("{\"capa\": \"a21-residuos\", \"layer\": \"comunas\", \"cut\": \"14101\", "
                                + "\"estado\": \"revision\"}")
                        .with(user("ana").roles("EDITOR")))
                .andExpect(SliceRequests.badRequest("InvalidBody", "layer"));
        for (String bad : new String[] {"[]", "\"revision\"", "null"}) {
            mvc.perform(change(bad).with(user("ana").roles("EDITOR")))
                    .andExpect(SliceRequests.badRequest("InvalidBody", "capa"));
        }
        mvc.perform(post(STATE)
                        .contentType(MediaType.APPLICATION_JSON)
                        .with(user("ana").roles("EDITOR")))
                .andExpect(SliceRequests.badRequest("InvalidBody", "capa"));
        assertThat(changes.last.get()).isNull();
    }
}
