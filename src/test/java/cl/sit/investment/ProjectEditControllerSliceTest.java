package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import cl.sit.system.SecurityWithoutAccountsSlice;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * {@code GET /api/investments/{id}/version}, {@code PUT} and {@code DELETE /api/investments/{id}}: the ETag, the
 * {@code If-Match} it needs (428 without, 412 stale or unreadable), who may write (the application's security chain:
 * 401 anonymous, 403 an editor of layers), 404 and 422, over {@link InMemoryEdits}.
 */
@ApiSlice
@Import({ProjectEditController.class, InMemoryEdits.class, SecurityWithoutAccountsSlice.class})
class ProjectEditControllerSliceTest {

    static final String ROAD = """
            {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-73.22, -39.83], [-73.43, -39.88]]},
             "properties": {"EBI_CODIGO": "40000001-1", "EBI_NOMBRE": "Camino Niebla - Corral"}}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryEdits.Store store;

    @BeforeEach
    void reset() {
        store.reset();
    }

    static String project(int id) {
        return "/api/investments/" + id;
    }

    static RequestPostProcessor staff() {
        return user("ines").roles("INVERSION");
    }

    static MockHttpServletRequestBuilder edit(int id, String ifMatch, String body) {
        MockHttpServletRequestBuilder request =
                put(project(id)).contentType("application/geo+json").content(body);
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    static MockHttpServletRequestBuilder remove(int id, String ifMatch) {
        MockHttpServletRequestBuilder request = delete(project(id));
        return ifMatch == null ? request : request.header("If-Match", ifMatch);
    }

    static ResultActions error(ResultActions r, int status, String code) throws Exception {
        return r.andExpect(status().is(status)).andExpect(jsonPath("$.code").value(code));
    }

    @Test
    void theVersionIsTheETagAndAnyoneMayReadIt() throws Exception {
        mvc.perform(get(project(InMemoryEdits.CORRAL) + "/version"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""))
                .andExpect(jsonPath("$.id").value(InMemoryEdits.CORRAL))
                .andExpect(jsonPath("$.version").value(3))
                .andExpect(jsonPath("$.territorios.length()").value(2))
                .andExpect(jsonPath("$.territorios[0].codigo").value("14102"))
                .andExpect(jsonPath("$.territorios[0].metodo").value("longitud"))
                .andExpect(jsonPath("$.territorios[1].metodo").value("fuera_de_comunas"));
        error(mvc.perform(get(project(404) + "/version")), 404, "ProjectNotFound")
                .andExpect(jsonPath("$.description").value(containsString("404")));
    }

    @Test
    void anEditAtTheVersionReadGivesTheNextOne() throws Exception {
        mvc.perform(edit(InMemoryEdits.VALDIVIA, "\"1\"", ROAD).with(staff()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(jsonPath("$.id").value(InMemoryEdits.VALDIVIA))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.territorios[0].codigo").value("14101"));
        assertThat(store.lastUser).isEqualTo("ines");
        // A weak ETag names the same version; an admin may edit too.
        mvc.perform(edit(InMemoryEdits.VALDIVIA, "W/\"2\"", ROAD)
                        .with(user("ana").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"3\""));
        mvc.perform(edit(InMemoryEdits.VALDIVIA, "\"3\"", ROAD)
                        .contentType("application/json")
                        .with(staff()))
                .andExpect(status().isOk());
    }

    @Test
    void anEditNeedsAFreshReadableVersion() throws Exception {
        error(mvc.perform(edit(InMemoryEdits.VALDIVIA, null, ROAD).with(staff())), 428, "PreconditionRequired")
                .andExpect(jsonPath("$.description").value(containsString("If-Match")));
        error(mvc.perform(edit(InMemoryEdits.CORRAL, "\"1\"", ROAD).with(staff())), 412, "VersionConflict")
                .andExpect(jsonPath("$.description").value(containsString("versión actual 3")));
        error(mvc.perform(edit(InMemoryEdits.CORRAL, "la-ultima", ROAD).with(staff())), 412, "VersionConflict")
                .andExpect(jsonPath("$.description").value(containsString("la-ultima")));
        error(mvc.perform(edit(404, "\"1\"", ROAD).with(staff())), 404, "ProjectNotFound");
        error(
                        mvc.perform(edit(InMemoryEdits.VALDIVIA, "\"1\"", "{\"type\": \"Feature\", \"properties\": {}}")
                                .with(staff())),
                        422,
                        "ImportRejected")
                .andExpect(jsonPath("$.errores[0].columna").value("geometry"));
        assertThat(store.version(InMemoryEdits.VALDIVIA)).isEqualTo(1);
        assertThat(store.version(InMemoryEdits.CORRAL)).isEqualTo(3);
    }

    @Test
    void onlyInvestmentStaffAndAdminsWrite() throws Exception {
        error(mvc.perform(edit(InMemoryEdits.VALDIVIA, "\"1\"", ROAD)), 401, "Unauthorized");
        error(mvc.perform(remove(InMemoryEdits.VALDIVIA, "\"1\"")), 401, "Unauthorized");
        error(
                mvc.perform(edit(InMemoryEdits.VALDIVIA, "\"1\"", ROAD)
                        .with(user("eva").roles("EDITOR"))),
                403,
                "Forbidden");
        error(
                mvc.perform(
                        remove(InMemoryEdits.VALDIVIA, "\"1\"").with(user("eva").roles("EDITOR"))),
                403,
                "Forbidden");
        assertThat(store.version(InMemoryEdits.VALDIVIA)).isEqualTo(1);
        assertThat(store.lastUser).isNull();
    }

    @Test
    void removingNeedsTheVersionReadAndLeavesNoProject() throws Exception {
        error(mvc.perform(remove(InMemoryEdits.CORRAL, null).with(staff())), 428, "PreconditionRequired");
        error(mvc.perform(remove(InMemoryEdits.CORRAL, "\"7\"").with(staff())), 412, "VersionConflict");
        error(mvc.perform(remove(404, "\"1\"").with(staff())), 404, "ProjectNotFound");
        mvc.perform(remove(InMemoryEdits.CORRAL, "\"3\"").with(staff())).andExpect(status().isNoContent());
        assertThat(store.lastUser).isEqualTo("ines");
        error(mvc.perform(get(project(InMemoryEdits.CORRAL) + "/version")), 404, "ProjectNotFound");
        error(mvc.perform(remove(InMemoryEdits.CORRAL, "\"3\"").with(staff())), 404, "ProjectNotFound");
    }
}
