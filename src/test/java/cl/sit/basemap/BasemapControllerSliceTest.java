package cl.sit.basemap;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/basemaps}: the configured list, in order, revalidated on every use. */
@ApiSlice
@Import({BasemapController.class, Basemaps.class})
@TestPropertySource(
        properties = "sit.basemaps=[{\"id\":\"uno\",\"name\":\"Uno\",\"type\":\"xyz\","
                + "\"url\":\"https://a.example/{z}/{x}/{y}.png\",\"attribution\":\"A\",\"maxZoom\":19},"
                + "{\"id\":\"dos\",\"name\":\"Dos\",\"type\":\"wms\",\"url\":\"/wms\",\"layers\":\"c\","
                + "\"attribution\":\"B\",\"maxZoom\":12}]")
class BasemapControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theConfiguredBasemapsInOrderWithNoCache() throws Exception {
        mvc.perform(get("/api/basemaps"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-cache"))
                .andExpect(jsonPath("$.basemaps.length()").value(2))
                .andExpect(jsonPath("$.basemaps[0].id").value("uno"))
                .andExpect(jsonPath("$.basemaps[0].maxZoom").value(19))
                .andExpect(jsonPath("$.basemaps[1].id").value("dos"))
                .andExpect(jsonPath("$.basemaps[1].layers").value("c"));
    }

    @Test
    void onlyJsonIsServed() throws Exception {
        mvc.perform(get("/api/basemaps").accept(MediaType.TEXT_HTML)).andExpect(status().isNotAcceptable());
    }
}
