package cl.sit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
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
 * {@code GET /api/indicators}: the document's shape and figures (per capita year by year, per km² on the official
 * surface when there is one), breakdowns, the CSV, the unit set of a day, the old parameter names and the 400s, over
 * {@link InMemoryIndicators}.
 */
@ApiSlice
@Import({IndicatorController.class, InMemoryIndicators.class})
class IndicatorControllerSliceTest {

    static final String INDICATORS = "/api/indicators";

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentHasOneRowPerCommuneWithItsFigures() throws Exception {
        mvc.perform(get(INDICATORS).param("desde", "2020").param("hasta", "2021"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.nivel").value("comuna"))
                .andExpect(jsonPath("$.desde").value(2020))
                .andExpect(jsonPath("$.hasta").value(2021))
                .andExpect(jsonPath("$.monto").value("programado"))
                .andExpect(jsonPath("$.ilustrativo").value(true))
                .andExpect(jsonPath("$.definicion_per_capita").value(IndicatorController.PER_CAPITA_DEFINITION))
                .andExpect(jsonPath("$.definicion_poblacion").value(IndicatorController.POPULATION_DEFINITION))
                .andExpect(jsonPath("$.geometria.length()").value(1))
                .andExpect(jsonPath("$.geometria[0]").value("Cobertura operacional"))
                .andExpect(jsonPath("$.fecha").doesNotExist())
                .andExpect(jsonPath("$.unidades").doesNotExist())
                .andExpect(jsonPath("$.filas.length()").value(2))
                // Valdivia: each year's amount over that year's projection (not the census of the same year).
                .andExpect(jsonPath("$.filas[0].codigo").value("14101"))
                .andExpect(jsonPath("$.filas[0].nombre").value("Valdivia"))
                .andExpect(jsonPath("$.filas[0].nivel").value("comuna"))
                .andExpect(jsonPath("$.filas[0].grupo").doesNotExist())
                .andExpect(jsonPath("$.filas[0].poblacion").value(178000))
                .andExpect(jsonPath("$.filas[0].anio_poblacion").value(2021))
                .andExpect(jsonPath("$.filas[0].fuente_poblacion").value("INE"))
                .andExpect(jsonPath("$.filas[0].anios_poblacion[0]").value(2020))
                .andExpect(jsonPath("$.filas[0].anios_poblacion[1]").value(2021))
                .andExpect(jsonPath("$.filas[0].total_clp").value(3.54e9))
                .andExpect(jsonPath("$.filas[0].per_capita_clp").value(closeTo(20000.0, 1e-6)))
                .andExpect(jsonPath("$.filas[0].area_oficial_km2").value(1015.6))
                .andExpect(jsonPath("$.filas[0].base_por_km2").value("official"))
                .andExpect(jsonPath("$.filas[0].por_km2_clp").value(closeTo(3.54e9 / 1015.6, 1e-3)))
                .andExpect(jsonPath("$.filas[0].proyectos").value(2))
                .andExpect(jsonPath("$.filas[0].id").doesNotExist())
                .andExpect(jsonPath("$.filas[0].nota").doesNotExist())
                // Corral: a year with investment and no population leaves the per capita undefined.
                .andExpect(jsonPath("$.filas[1].codigo").value("14102"))
                .andExpect(jsonPath("$.filas[1].poblacion").value(5300))
                .andExpect(jsonPath("$.filas[1].anio_poblacion").value(2017))
                .andExpect(jsonPath("$.filas[1].per_capita_clp").isEmpty())
                .andExpect(jsonPath("$.filas[1].anios_poblacion").isEmpty())
                .andExpect(jsonPath("$.filas[1].base_por_km2").value("geodesic"))
                .andExpect(jsonPath("$.filas[1].por_km2_clp").value(closeTo(5e8 / 767.0, 1e-3)))
                .andExpect(jsonPath("$.filas[1].proyectos").value(0))
                .andExpect(jsonPath("$.fuera_de_comunas.length()").value(1))
                .andExpect(jsonPath("$.fuera_de_comunas[0].grupo").isEmpty())
                .andExpect(jsonPath("$.fuera_de_comunas[0].total_clp").value(5e7))
                .andExpect(jsonPath("$.fuera_de_comunas[0].proyectos").value(1));
    }

    @Test
    void theRangeAndTheAmountColumnChangeTheFigures() throws Exception {
        mvc.perform(get(INDICATORS)
                        .param("desde", "2021")
                        .param("hasta", "2021")
                        .param("monto", "ejecutado"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.monto").value("ejecutado"))
                .andExpect(jsonPath("$.filas[0].total_clp").value(8.9e8))
                .andExpect(jsonPath("$.filas[0].per_capita_clp").value(closeTo(5000.0, 1e-6)))
                .andExpect(jsonPath("$.filas[1].total_clp").value(0.0))
                .andExpect(jsonPath("$.filas[1].per_capita_clp").value(0.0));
    }

    @Test
    void aBreakdownGivesOneRowPerGroupAndGroupsTheOutside() throws Exception {
        mvc.perform(get(INDICATORS)
                        .param("nivel", "region")
                        .param("por", "programa")
                        .param("desde", "2020")
                        .param("hasta", "2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nivel").value("region"))
                .andExpect(jsonPath("$.por").value("programa"))
                .andExpect(jsonPath("$.filas.length()").value(2))
                .andExpect(jsonPath("$.filas[0].codigo").value("14"))
                .andExpect(jsonPath("$.filas[0].nivel").value("region"))
                .andExpect(jsonPath("$.filas[0].grupo").value("FNDR"))
                .andExpect(jsonPath("$.filas[0].total_clp").value(3.54e9))
                .andExpect(jsonPath("$.filas[0].proyectos").value(2))
                .andExpect(jsonPath("$.filas[1].grupo").value("FRIL"))
                .andExpect(jsonPath("$.filas[1].total_clp").value(5e8))
                .andExpect(jsonPath("$.fuera_de_comunas[0].grupo").value("FRIL"));
    }

    @Test
    void theCsvIsADownloadWithTheOutsideAsALastRow() throws Exception {
        String body = mvc.perform(get(INDICATORS)
                        .param("desde", "2020")
                        .param("hasta", "2021")
                        .param("f", "csv")
                        .param("formato", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", containsString("indicadores-comuna-2020-2021.csv")))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String[] lines = body.strip().split("\r?\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0])
                .startsWith("codigo,nombre,nivel,grupo,poblacion,")
                .endsWith(",proyectos,ilustrativo,definicion_per_capita")
                .doesNotContain(",nota");
        assertThat(lines[1])
                .startsWith(
                        "14101,Valdivia,comuna,,178000,2021,INE,2020,2021,1016.000,1015.60,official,3540000000,20000,");
        assertThat(lines[3]).startsWith("\"\",Fuera de comunas,fuera_de_comunas,,,,,,,,,,50000000,,,1,true,");
        mvc.perform(get(INDICATORS).param("f", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("\uFEFFCódigo;Nombre;Nivel;")));
    }

    @Test
    void theUnitSetOfADayHasTheCodesOfTheTimeAndTheUnits() throws Exception {
        mvc.perform(get(INDICATORS)
                        .param("fecha", "2005-01-01")
                        .param("desde", "2020")
                        .param("hasta", "2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fecha").value("2005-01-01"))
                .andExpect(jsonPath("$.unidades.length()").value(2))
                .andExpect(jsonPath("$.unidades[0].codigo").value("10501"))
                .andExpect(jsonPath("$.unidades[0].vigente_hasta").value("2007-10-02"))
                .andExpect(jsonPath("$.unidades[0].comunas[0]").value("14101"))
                .andExpect(jsonPath("$.filas[0].codigo").value("10501"))
                .andExpect(jsonPath("$.filas[0].id").value("10501@..2007-10-02"))
                .andExpect(jsonPath("$.filas[0].total_clp").value(3.54e9))
                .andExpect(jsonPath("$.filas[0].poblacion").value(178000))
                .andExpect(jsonPath("$.filas[0].fuente_poblacion").value("Suma de sus comunas: INE"))
                .andExpect(jsonPath("$.filas[0].nota").doesNotExist())
                .andExpect(jsonPath("$.filas[0].proyectos").value(1));
        mvc.perform(get(INDICATORS)
                        .param("nivel", "region")
                        .param("fecha", "2005-01-01")
                        .param("desde", "2020")
                        .param("hasta", "2021"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.filas.length()").value(1))
                .andExpect(jsonPath("$.filas[0].codigo").value("10"))
                .andExpect(jsonPath("$.filas[0].total_clp").value(4.04e9))
                .andExpect(jsonPath("$.filas[0].poblacion").value(171380))
                .andExpect(jsonPath("$.filas[0].anio_poblacion").value(2017))
                .andExpect(jsonPath("$.filas[0].per_capita_clp").isEmpty())
                .andExpect(jsonPath("$.filas[0].proyectos").value(2))
                .andExpect(jsonPath("$.filas[0].nota").value(containsString("no están cargadas")));
        mvc.perform(get(INDICATORS)
                        .param("fecha", "2005-01-01")
                        .param("f", "csv")
                        .param("formato", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(",definicion_per_capita,id,nota")));
    }

    @Test
    void theOldEnglishNamesAreStillAccepted() throws Exception {
        mvc.perform(get(INDICATORS)
                        .param("level", "region")
                        .param("by", "programa")
                        .param("from", "2020")
                        .param("to", "2021")
                        .param("amount", "ejecutado")
                        .param("asOf", "2010-01-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nivel").value("region"))
                .andExpect(jsonPath("$.por").value("programa"))
                .andExpect(jsonPath("$.desde").value(2020))
                .andExpect(jsonPath("$.hasta").value(2021))
                .andExpect(jsonPath("$.monto").value("ejecutado"))
                .andExpect(jsonPath("$.fecha").value("2010-01-01"))
                .andExpect(jsonPath("$.filas[0].codigo").value("14"));
        mvc.perform(get(INDICATORS).param("level", "region").param("nivel", "region"))
                .andExpect(status().isOk());
        invalid(get(INDICATORS).param("level", "region").param("nivel", "comuna"), "nivel");
        invalid(get(INDICATORS).param("by", "sector").param("por", "etapa"), "por");
    }

    @Test
    void badValuesAre400WithCodeAndDescription() throws Exception {
        invalid(get(INDICATORS).param("nivel", "pais"), "nivel");
        invalid(get(INDICATORS).param("desde", "2021").param("hasta", "2020"), "desde");
        invalid(get(INDICATORS).param("desde", "dos mil"), "desde");
        invalid(get(INDICATORS).param("hasta", "2200"), "hasta");
        invalid(get(INDICATORS).param("monto", "todo"), "monto");
        invalid(get(INDICATORS).param("por", "comuna"), "por");
        invalid(get(INDICATORS).param("f", "xlsx"), "f");
        invalid(get(INDICATORS).param("f", "csv").param("formato", "ods"), "formato");
        invalid(get(INDICATORS).param("fecha", "2005-13-01"), "fecha");
        invalid(get(INDICATORS).param("fecha", "1800-01-01"), "fecha");
        invalid(get(INDICATORS).param("fecha", "2005-01-01").param("nivel", "personalizado"), "fecha");
        invalid(get(INDICATORS).param("comuna", "14101"), "comuna");
        invalid(get(INDICATORS).param("desde", "2020", "2021"), "desde");
    }

    private void invalid(MockHttpServletRequestBuilder request, String named) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.code").value(containsString("InvalidParameter")))
                .andExpect(jsonPath("$.description").value(containsString(named)));
    }
}
