package cl.sit.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /datos-abiertos}: every layer of the registry with its formats (tiles only for layers with geometry), the
 * illustrative badge, the layers' titles and sources escaped, and the service address for QGIS and GDAL.
 */
@PageSlice
@Import({OpenDataPageController.class, OpenDataPageControllerSliceTest.Layers.class})
class OpenDataPageControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @TestConfiguration(proxyBeanMethods = false)
    static class Layers {

        @Bean
        LayerRegistry layerRegistry() {
            return new FixedLayerRegistry(
                    new Layer(
                            "comunas",
                            "Comunas",
                            "",
                            "comunas",
                            "id",
                            "MultiPolygon",
                            List.of(),
                            null,
                            false,
                            "SUBDERE",
                            true),
                    new Layer(
                            "tabla",
                            Pages.HOSTILE,
                            "",
                            "tabla",
                            "id",
                            null,
                            List.of(),
                            null,
                            true,
                            "Fuente <b>propia</b>",
                            false));
        }
    }

    @Test
    void everyLayerWithItsFormats() throws Exception {
        mvc.perform(get("/datos-abiertos").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Datos abiertos – SIT"))
                .andExpect(content().string(containsString("<h1>Datos abiertos</h1>")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/sit.css\"")))
                .andExpect(content().string(containsString("<code id=\"sit-service-url\">http://localhost/</code>")))
                .andExpect(content().string(containsString("<code>ogrinfo OAPIF:http://localhost/</code>")))
                .andExpect(content().string(containsString("<tr data-collection=\"comunas\">")))
                .andExpect(content()
                        .string(containsString("<a href=\"http://localhost/collections/comunas?f=html\">Comunas</a>")))
                .andExpect(content().string(containsString("<td>SUBDERE</td>")))
                .andExpect(content().string(containsString("href=\"http://localhost/tiles/comunas.json\"")))
                .andExpect(content().string(containsString("<tr data-collection=\"tabla\">")))
                // A layer without geometry has no tiles; only the illustrative one has the badge.
                .andExpect(content().string(not(containsString("/tiles/tabla.json"))))
                .andExpect(content().string(containsString("<span class=\"sit-badge\">ilustrativo</span>")));
    }

    @Test
    void titlesAndSourcesAreText() throws Exception {
        mvc.perform(get("/datos-abiertos").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(Pages.hostileTextEscaped())
                .andExpect(content().string(containsString("<td>Fuente &lt;b&gt;propia&lt;/b&gt;</td>")))
                .andExpect(content().string(not(containsString("<b>propia"))));
    }
}
