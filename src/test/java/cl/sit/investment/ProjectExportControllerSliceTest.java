package cl.sit.investment;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import cl.sit.system.CsvDownload;
import cl.sit.system.SliceRequests;
import cl.sit.territory.InMemoryUnitCodes;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code GET /api/investments/export}: the format ({@code f}) and CSV form ({@code formato}) chosen, their headers,
 * the filter read from the parameters (any unit under either name, the years) and the 400s, over
 * {@link InMemoryExport} and {@link InMemoryUnitCodes}.
 */
@ApiSlice
@Import({ProjectExportController.class, InMemoryExport.class, InMemoryUnitCodes.class})
class ProjectExportControllerSliceTest {

    static final String EXPORT = "/api/investments/export";

    @Autowired
    MockMvc mvc;

    /** The streamed file, once written. */
    ResultActions export(String... params) throws Exception {
        MvcResult started = mvc.perform(SliceRequests.get(EXPORT, params).accept("*/*"))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started));
    }

    static String filter(String programme, String sector, String stage, String unit, Integer from, Integer to) {
        return new ProjectExport.Filter(programme, sector, stage, unit, from, to).toString();
    }

    @Test
    void csvIsTheDefaultAsASpreadsheetDownload() throws Exception {
        export().andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(CsvDownload.MEDIA_TYPE))
                .andExpect(header().string("Content-Disposition", CsvDownload.disposition("proyectos.csv")))
                .andExpect(content().string("SPREADSHEET;" + filter(null, null, null, null, null, null)));
        export("f", "csv", "formato", "csv")
                .andExpect(status().isOk())
                .andExpect(content().string("DATA;" + filter(null, null, null, null, null, null)));
    }

    @Test
    void everyFilterReachesTheFile() throws Exception {
        export(
                        "programa", "FNDR",
                        "sector", "Salud",
                        "etapa", "Diseño",
                        "territorio", InMemoryUnitCodes.PROVINCE,
                        "desde", "2020",
                        "hasta", "2024")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string("SPREADSHEET;"
                                + filter("FNDR", "Salud", "Diseño", InMemoryUnitCodes.PROVINCE, 2020, 2024)));
        export("f", "geojson", "comuna", InMemoryUnitCodes.CORRAL)
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"proyectos.geojson\""))
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.filtro").value(filter(null, null, null, InMemoryUnitCodes.CORRAL, null, null)));
    }

    @Test
    void badFormatsFiltersAndNamesAre400s() throws Exception {
        mvc.perform(SliceRequests.get(EXPORT, "f", "xls"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "'f'"));
        mvc.perform(SliceRequests.get(EXPORT, "formato", "xls"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "formato"));
        mvc.perform(SliceRequests.get(EXPORT, "desde", "ayer"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "desde"));
        mvc.perform(SliceRequests.get(EXPORT, "territorio", "no-existe"))
                .andExpect(SliceRequests.badRequest("UnknownTerritory", "no-existe"));
        mvc.perform(SliceRequests.get(EXPORT, "territorio", "14101", "comuna", "14102"))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "comuna"));
        mvc.perform(SliceRequests.get(EXPORT, "estado", "activo"))
                .andExpect(SliceRequests.badRequest("InvalidParameter", "estado"));
    }
}
