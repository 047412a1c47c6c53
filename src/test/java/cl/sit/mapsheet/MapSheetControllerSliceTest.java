package cl.sit.mapsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * {@code GET /api/map/sheet}: a PNG or a PDF download of the view, the old parameter names, and every bad parameter
 * a 400 with {@code {code, description}} before anything is drawn, over {@link InMemorySheetLayers}.
 */
@ApiSlice
@Import({MapSheetController.class, InMemorySheetLayers.class})
class MapSheetControllerSliceTest {

    static final String SHEET = "/api/map/sheet";
    static final String VALDIVIA = "-73.4,-40.0,-73.0,-39.7";

    @Autowired
    MockMvc mvc;

    @Test
    void theSheetIsAPngDownloadThatIsNotStored() throws Exception {
        byte[] png = mvc.perform(get(SHEET).param("bbox", VALDIVIA).param("titulo", "Escuelas de Valdivia"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mapa-a4.png\""))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void aPdfWithTheOldEnglishNames() throws Exception {
        byte[] pdf = mvc.perform(get(SHEET)
                        .param("bbox", VALDIVIA)
                        .param("layers", InMemorySheetLayers.SCHOOLS)
                        .param("title", "Escuelas")
                        .param("subtitle", "Comuna de Valdivia")
                        .param("paper", "a4")
                        .param("orientation", "portrait")
                        .param("f", "pdf"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mapa-a4.pdf\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        refused(get(SHEET).param("bbox", VALDIVIA).param("paper", "A4").param("papel", "A3"), "papel");
    }

    @Test
    void badParametersAre400WithCodeAndDescription() throws Exception {
        invalid(get(SHEET), "bbox");
        invalid(get(SHEET).param("bbox", "-73.4,-40.0,-73.0"), "bbox");
        invalid(get(SHEET).param("bbox", "-73.0,-40.0,-73.4,-39.7"), "bbox");
        invalid(get(SHEET).param("bbox", "-73.4,-40.0,-73.0,86"), "bbox");
        invalid(get(SHEET).param("bbox", "oeste,-40.0,-73.0,-39.7"), "bbox");
        invalid(
                get(SHEET).param("bbox", VALDIVIA).param("capas", "nada"),
                "Parámetro 'capas': no existe la capa con geometría 'nada'");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("capas", InMemorySheetLayers.TABLE), "poblacion-edad");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("capas", layers(21)), "20");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("titulo", "x".repeat(121)), "titulo");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("subtitulo", "x".repeat(201)), "subtitulo");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("papel", "A5"), "papel");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("orientacion", "diagonal"), "orientacion");
        invalid(get(SHEET).param("bbox", VALDIVIA).param("f", "svg"), "f");
        refused(get(SHEET).param("bbox", VALDIVIA).param("escala", "1:50000"), "escala");
        refused(get(SHEET).param("bbox", VALDIVIA, VALDIVIA), "bbox");
    }

    private static String layers(int n) {
        return String.join(
                ",",
                java.util.stream.IntStream.range(0, n).mapToObj(i -> "capa" + i).toList());
    }

    private void invalid(MockHttpServletRequestBuilder request, String naming) throws Exception {
        mvc.perform(request.accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameterValue"))
                .andExpect(jsonPath("$.description").value(containsString(naming)));
    }

    /** An unknown, repeated or conflicting parameter. */
    private void refused(MockHttpServletRequestBuilder request, String naming) throws Exception {
        mvc.perform(request.accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("InvalidParameter"))
                .andExpect(jsonPath("$.description").value(containsString(naming)));
    }
}
