package cl.sit.agenda21;

import static cl.sit.agenda21.InMemoryCompleteness.EDITOR;
import static cl.sit.agenda21.InMemoryCompleteness.LAND_USE;
import static cl.sit.agenda21.InMemoryCompleteness.WASTE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.agenda21.review.OpenComments;
import cl.sit.editing.EditPermissions;
import cl.sit.editing.PublishedCommunes;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.SecurityWithoutAccountsSlice;
import cl.sit.users.GrantedCommunes;
import cl.sit.web.PageSlice;
import cl.sit.web.Pages;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /agenda21}: the completeness matrix drawn on the server from {@link InMemoryCompleteness} (its texts
 * escaped), through the application's security chain; visitors are asked to sign in, signed-in users also see the
 * open review comments and, through the application's {@link EditPermissions}, the editor links of the cells they may
 * edit (an editor granted Valdivia's waste sites; an admin every cell). An unknown region is the same page with a
 * 404 and its notice; a malformed one the 400 {@code InvalidParameter}.
 */
@PageSlice
@Import({
    Agenda21PageController.class,
    InMemoryCompleteness.class,
    EditPermissions.class,
    SecurityWithoutAccountsSlice.class,
    Agenda21PageControllerSliceTest.Stores.class
})
class Agenda21PageControllerSliceTest {

    static final String WASTE_IN_VALDIVIA = "/editor#capa=" + WASTE + "&amp;comuna=14101";

    @Autowired
    MockMvc mvc;

    @TestConfiguration(proxyBeanMethods = false)
    static class Stores {

        @Bean
        LayerRegistry layerRegistry() {
            return new FixedLayerRegistry(
                    layer(WASTE, "Sitios de residuos (Agenda 21)"), layer(LAND_USE, "Uso de suelo"));
        }

        private static Layer layer(String id, String title) {
            return new Layer(
                    id, title, "", id, "id", "Point", List.of(), null, false, "Prueba", true, true, "agenda21");
        }

        @Bean
        GrantedCommunes grantedCommunes() {
            return (username, layerId) -> username.equals(EDITOR) && layerId.equals(WASTE) ? Set.of("14101") : Set.of();
        }

        @Bean
        PublishedCommunes publishedCommunes() {
            return layerId -> layerId.equals(WASTE) ? Set.of("14101") : Set.of();
        }

        @Bean
        OpenComments openComments() {
            return () -> Map.of(WASTE + "|14101", 2);
        }
    }

    @Test
    void visitorsSeeTheMatrixAndAreAskedToSignIn() throws Exception {
        mvc.perform(get("/agenda21").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Agenda 21: estado de las capas – SIT"))
                .andExpect(content().string(containsString("<h1>Agenda 21: estado de las capas por comuna</h1>")))
                .andExpect(content().string(containsString("<body data-base=\"http://localhost\">")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/agenda21.css\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/agenda21.js\">")))
                .andExpect(content().string(containsString("<strong>Región de Los Ríos</strong>")))
                .andExpect(content().string(containsString("data-region=\"14\"")))
                .andExpect(content()
                        .string(containsString(
                                "<a href=\"http://localhost/collections/a21-residuos?f=html\">Sitios de residuos</a>")))
                .andExpect(
                        content().string(containsString("<a href=\"http://localhost/territorios/14102\">Corral</a>")))
                .andExpect(content().string(containsString("<strong>3</strong>")))
                .andExpect(content().string(containsString("1 cambio desde el cambio de estado")))
                .andExpect(content().string(containsString("Volver a revisión")))
                .andExpect(content().string(containsString("Enviar a revisión")))
                .andExpect(content()
                        .string(containsString("href=\"http://localhost/api/agenda21/estado?region=14&amp;f=csv\"")))
                .andExpect(content().string(containsString("<a href=\"http://localhost/login\">Ingrese</a>")))
                // Comments and editor links are for signed-in users.
                .andExpect(content().string(not(containsString("comentarios abiertos"))))
                .andExpect(content().string(not(containsString("/editor#capa="))));
    }

    @Test
    void theMatrixTextsAreEscaped() throws Exception {
        mvc.perform(get("/agenda21").accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(Pages.hostileTextEscaped())
                .andExpect(content().string(containsString("Nota: " + Pages.HOSTILE_ESCAPED)));
    }

    @Test
    void anEditorSeesTheCommentsAndTheLinksOfTheCellsTheyMayEdit() throws Exception {
        mvc.perform(get("/agenda21").with(user(EDITOR).roles("EDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 comentarios abiertos")))
                .andExpect(content().string(containsString("href=\"http://localhost" + WASTE_IN_VALDIVIA + "\"")))
                .andExpect(content().string(containsString("aria-label=\"Editar «Sitios de residuos» de Valdivia\"")))
                .andExpect(content().string(not(containsString("comuna=14102"))))
                .andExpect(content().string(not(containsString("capa=" + LAND_USE))))
                .andExpect(content().string(not(containsString("Ingrese</a> con su usuario"))));
        mvc.perform(get("/agenda21").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/editor#capa=" + LAND_USE + "&amp;comuna=14102")))
                .andExpect(content().string(containsString(WASTE_IN_VALDIVIA)));
    }

    @Test
    void anUnknownRegionIsA404PageAndAMalformedOneA400() throws Exception {
        mvc.perform(get("/agenda21").param("region", "99").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("<p class=\"sit-notice\">No existe la región 99</p>")))
                .andExpect(content().string(not(containsString("sit-a21-matrix"))));
        mvc.perform(get("/agenda21").param("region", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(containsString("InvalidParameter")))
                .andExpect(jsonPath("$.description").value(containsString("region")));
    }
}
