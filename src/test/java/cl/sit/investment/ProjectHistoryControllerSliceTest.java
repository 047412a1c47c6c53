package cl.sit.investment;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/investments/{id}/history}: pages, the history of a removed project, 404s and bad paging, over
 * {@link InMemoryHistory}. That only signed-in users may read it is the security filters' concern (the ITs).
 */
@ApiSlice
@Import({ProjectHistoryController.class, InMemoryHistory.class})
class ProjectHistoryControllerSliceTest {

    static String history(int id) {
        return "/api/investments/" + id + "/history";
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aPageNewestFirstWithItsTotal() throws Exception {
        mvc.perform(get(history(InMemoryHistory.EDITED)).param("limit", "2").param("offset", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyecto").value(InMemoryHistory.EDITED))
                .andExpect(jsonPath("$.total").value(InMemoryHistory.ENTRIES))
                .andExpect(jsonPath("$.limit").value(2))
                .andExpect(jsonPath("$.offset").value(1))
                .andExpect(jsonPath("$.cambios.length()").value(2))
                .andExpect(jsonPath("$.cambios[0].accion").value("editar"))
                .andExpect(jsonPath("$.cambios[0].codigo_bip").value("30000007-0"))
                .andExpect(jsonPath("$.cambios[0].cambios.version").value(4));
    }

    @Test
    void theDefaultPageAndAProjectWithoutHistory() throws Exception {
        mvc.perform(get(history(InMemoryHistory.EDITED)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.limit").value(ProjectHistoryController.DEFAULT_LIMIT))
                .andExpect(jsonPath("$.offset").value(0))
                .andExpect(jsonPath("$.cambios[4].accion").value("crear"));
        mvc.perform(get(history(InMemoryHistory.UNTOUCHED)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(jsonPath("$.cambios.length()").value(0));
    }

    @Test
    void aRemovedProjectKeepsItsHistoryAndANeverSeenOneIsA404() throws Exception {
        mvc.perform(get(history(InMemoryHistory.REMOVED)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2));
        mvc.perform(get(history(404)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("ProjectNotFound"))
                .andExpect(jsonPath("$.description").value(containsString("404")));
    }

    @Test
    void badPagingIsA400WithCodeAndDescription() throws Exception {
        for (String[] p : new String[][] {{"limit", "0"}, {"limit", "201"}, {"offset", "-1"}, {"desde", "1"}}) {
            mvc.perform(get(history(InMemoryHistory.EDITED)).param(p[0], p[1]))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value(containsString("InvalidParameter")))
                    .andExpect(jsonPath("$.description").value(containsString(p[0])));
        }
    }
}
