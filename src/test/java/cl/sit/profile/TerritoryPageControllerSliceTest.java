package cl.sit.profile;

import static cl.sit.profile.InMemoryProfiles.CUSTOM;
import static cl.sit.profile.InMemoryProfiles.VALDIVIA;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.agenda21.InMemoryCompleteness;
import cl.sit.web.ApiAvailability;
import cl.sit.web.PageSlice;
import cl.sit.web.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code /territorios} and {@code /territorios/{code}}: the index grouped by region and province with the custom
 * territories, and a profile written on the server (names and sources escaped, the period asked for, a commune's
 * row of the Agenda 21 matrix, the analyses this build does not serve left out), over {@link InMemoryProfiles} and
 * {@link InMemoryCompleteness}; an unknown code is the "territorio no encontrado" page with a 404, a bad period the
 * 400 {@code InvalidParameter}.
 */
@PageSlice
@Import({TerritoryPageController.class, InMemoryProfiles.class, InMemoryCompleteness.class, ApiAvailability.class})
class TerritoryPageControllerSliceTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theIndexGroupsTheTerritories() throws Exception {
        mvc.perform(get("/territorios").accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Fichas territoriales – SIT"))
                .andExpect(content().string(containsString("<h1>Fichas territoriales</h1>")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/ficha.css\"")))
                .andExpect(content()
                        .string(containsString("<a href=\"http://localhost/territorios/14\">Región de Los Ríos</a>")))
                .andExpect(content().string(containsString("Provincia de Valdivia</a>")))
                .andExpect(
                        content().string(containsString("<a href=\"http://localhost/territorios/14101\">Valdivia</a>")))
                .andExpect(content()
                        .string(containsString("<a href=\"http://localhost/territorios/" + CUSTOM + "\">"
                                + Pages.HOSTILE_ESCAPED + "</a>")))
                .andExpect(Pages.hostileTextEscaped())
                .andExpect(content().string(not(containsString("Aún no hay territorios personalizados"))));
    }

    @Test
    void aCommunesProfileIsWrittenOnTheServer() throws Exception {
        mvc.perform(get("/territorios/" + VALDIVIA)
                        .param("desde", "2019")
                        .param("hasta", "2021")
                        .accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage("Comuna Valdivia – Ficha territorial – SIT"))
                .andExpect(content().string(containsString("<h1>Valdivia</h1>")))
                .andExpect(content().string(containsString("data-code=\"14101\"")))
                .andExpect(content().string(containsString("data-from=\"2019\"")))
                .andExpect(content().string(containsString("data-to=\"2021\"")))
                // This slice serves neither analysis: the page does not ask for them.
                .andExpect(content().string(containsString("data-screening=\"false\"")))
                .andExpect(content().string(containsString("data-overlaps=\"false\"")))
                .andExpect(content().string(containsString("Provincia de Valdivia")))
                .andExpect(content().string(containsString("id=\"pob-censo\">166.080</td>")))
                .andExpect(content().string(containsString("Período de inversión: 2019–2021")))
                .andExpect(content().string(containsString("href=\"http://localhost/css/agenda21.css\"")))
                .andExpect(content()
                        .string(containsString("src=\"http://localhost/webjars/chart.js/dist/chart.umd.min.js\"")))
                .andExpect(content()
                        .string(containsString("<script type=\"module\" src=\"http://localhost/js/ficha.js\">")))
                // Its row of the Agenda 21 matrix.
                .andExpect(content().string(containsString("<h2 id=\"h-agenda21\">Cartografía Agenda 21</h2>")))
                .andExpect(content().string(containsString("1 de 2 capas con datos, 1 publicadas.")))
                .andExpect(content()
                        .string(containsString(
                                "<a href=\"http://localhost/collections/a21-residuos?f=html\">Sitios de residuos</a>")))
                .andExpect(content().string(containsString("<tr data-layer=\"a21-uso-suelo\">")));
    }

    @Test
    void aCustomTerritorysTextsAreEscapedAndItHasNoAgenda21() throws Exception {
        mvc.perform(get("/territorios/" + CUSTOM).accept(MediaType.TEXT_HTML))
                .andExpect(Pages.spanishPage(
                        "Territorio personalizado " + Pages.HOSTILE_ESCAPED + " – Ficha territorial – SIT"))
                .andExpect(Pages.hostileTextEscaped())
                .andExpect(content().string(containsString("<h1>" + Pages.HOSTILE_ESCAPED + "</h1>")))
                .andExpect(content().string(containsString("Ficha de territorio personalizado")))
                .andExpect(content().string(not(containsString("id=\"h-agenda21\""))));
    }

    @Test
    void anUnknownCodeIsA404PageAndABadPeriodA400() throws Exception {
        mvc.perform(get("/territorios/99999").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("<html lang=\"es\"")))
                .andExpect(content().string(containsString("<title>Territorio no encontrado – SIT</title>")))
                .andExpect(content().string(containsString("<h1>Territorio no encontrado</h1>")))
                .andExpect(content().string(containsString("<code>99999</code>")));
        mvc.perform(get("/territorios/" + Pages.HOSTILE).accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(Pages.hostileTextEscaped());
        mvc.perform(get("/territorios/" + VALDIVIA).param("desde", "2021").param("hasta", "2020"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value(containsString("InvalidParameter")))
                .andExpect(jsonPath("$.description").value(containsString("desde")));
    }
}
