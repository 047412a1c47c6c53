package cl.sit.investment;

import static cl.sit.investment.InMemoryProjectPages.BRIDGE;
import static cl.sit.investment.InMemoryProjectPages.HOSTILE;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.web.PageSlice;
import cl.sit.web.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /inversion/proyectos/{id}}: the server writes the project's attributes (escaped) into the page that
 * {@code js/proyecto.js} completes; a project that does not exist, or an id that is no positive integer, is the
 * Spanish 404 page for a browser and the JSON {@code ProjectNotFound} for a program (a program asking for JSON only gets the 406 of an HTML-only page). Over {@link InMemoryProjectPages}.
 */
@PageSlice
@Import({ProjectPageController.class, InMemoryProjectPages.class})
class ProjectPageControllerSliceTest {

    static final String PAGE = "/inversion/proyectos/";

    @Autowired
    MockMvc mvc;

    @Test
    void theServerWritesTheProjectsAttributes() throws Exception {
        mvc.perform(get(PAGE + BRIDGE).accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Puente Cau Cau – Proyecto de inversión – SIT"))
                .andExpect(content()
                        .string(containsString("<body class=\"sit-profile-page sit-project-page\""
                                + " data-base=\"http://localhost\" data-id=\"7\""
                                + " data-collection=\"proyectos-inversion\">")))
                .andExpect(content().string(containsString("<h1 id=\"sit-project-name\">Puente Cau Cau</h1>")))
                .andExpect(content()
                        .string(containsString(
                                "<span class=\"sit-code\"\n          id=\"sit-project-bip\">30123456-0</span>")))
                .andExpect(content().string(containsString("FNDR · Transporte · Gobierno Regional")))
                .andExpect(content()
                        .string(containsString(
                                "<span class=\"sit-kpi-value\" id=\"kpi-costo\">$ 1.250.000.000</span>")))
                .andExpect(content().string(containsString("período 2020–2022")))
                .andExpect(content().string(containsString("<dd>Conectividad</dd>")))
                .andExpect(content().string(containsString("<dd id=\"fact-ilustrativo\">no</dd>")))
                .andExpect(content()
                        .string(containsString("Proyecto registrado en SIT (no ilustrativo). Fuente: Registro BIP.")))
                .andExpect(content().string(not(containsString("id=\"sit-project-illustrative\""))))
                .andExpect(content()
                        .string(containsString(
                                "href=\"http://localhost/collections/proyectos-inversion/items/7?f=json\"")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/ficha.css\"")))
                .andExpect(content().string(containsString("src=\"http://localhost/webjars/leaflet/dist/leaflet.js\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/proyecto.js\">")))
                // Anonymous visitors are asked to sign in for the history instead of being sent to its API.
                .andExpect(content().string(containsString("id=\"sit-project-history-signin\"")))
                .andExpect(content().string(not(containsString("/api/investments/7/history"))));
    }

    @Test
    void anIllustrativeProjectSaysSoAndItsTextsAreEscaped() throws Exception {
        mvc.perform(get(PAGE + HOSTILE).accept(MediaType.TEXT_HTML))
                .andExpect(status().isOk())
                .andExpect(Pages.hostileTextEscaped())
                .andExpect(content().string(containsString("<title>" + Pages.HOSTILE_ESCAPED + " – Proyecto")))
                .andExpect(content().string(containsString("id=\"sit-project-illustrative\"")))
                .andExpect(content()
                        .string(containsString("<dd id=\"fact-ilustrativo\">sí (generados por SIT, no reales)</dd>")))
                .andExpect(content().string(containsString("<dd>sin código BIP</dd>")))
                .andExpect(content().string(containsString("<span class=\"sit-kpi-value\" id=\"kpi-costo\">—</span>")))
                .andExpect(content().string(not(containsString("id=\"sit-project-bip\""))));
    }

    @Test
    void aMissingProjectIsASpanish404PageOrTheJsonError() throws Exception {
        for (String id : new String[] {"999999999", "abc", "0", "07", "1234567890"}) {
            mvc.perform(get(PAGE + id).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andExpect(content().string(containsString("<html lang=\"es\"")))
                    .andExpect(content().string(containsString("<h1>Página no encontrada</h1>")))
                    .andExpect(content().string(containsString("<code>ProjectNotFound</code>")));
        }
        // A program (no Accept) gets the JSON error; one that asks for JSON only, the 406 of this HTML-only page.
        mvc.perform(get(PAGE + "999999999"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value("ProjectNotFound"))
                .andExpect(jsonPath("$.description").value("No existe el proyecto de inversión 999999999"));
        mvc.perform(get(PAGE + BRIDGE).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.code").value("NotAcceptable"));
    }
}
