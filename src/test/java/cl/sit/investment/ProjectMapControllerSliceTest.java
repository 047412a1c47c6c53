package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cl.sit.system.ApiSlice;
import cl.sit.system.SliceRequests;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * {@code /api/investments/map/form}, {@code /map/count}, {@code /api/investments/at} and {@code /search}: the layer's
 * filters (attributes, years under their old names too), the point's numbers, defaults and bounds, the search text
 * and limit, and every bad input as a 400 with {@code {code, description}}, over {@link InMemoryProjectMap}.
 */
@ApiSlice
@Import({ProjectMapController.class, InMemoryProjectMap.class})
class ProjectMapControllerSliceTest {

    static final String FORM = "/api/investments/map/form";
    static final String COUNT = "/api/investments/map/count";
    static final String AT = "/api/investments/at";
    static final String SEARCH = "/api/investments/search";

    @Autowired
    MockMvc mvc;

    @Autowired
    InMemoryProjectMap.Points map;

    @BeforeEach
    void reset() {
        map.lastPoint.set(null);
    }

    ResultActions at(String path, String... params) throws Exception {
        return mvc.perform(SliceRequests.get(path, params));
    }

    @Test
    void theFormTakesNoParameters() throws Exception {
        at(FORM).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.primer_anio").value(2020))
                .andExpect(jsonPath("$.ultimo_anio").value(2026))
                .andExpect(jsonPath("$.valores.programa[0].valor").value("FNDR"))
                .andExpect(jsonPath("$.valores.programa[0].cantidad").value(2));
        at(FORM, "programa", "FNDR").andExpect(SliceRequests.badRequest("InvalidParameter", "programa"));
    }

    @Test
    void theCountFollowsTheLayersFiltersAndYearsUnderEitherName() throws Exception {
        at(COUNT)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(4))
                .andExpect(jsonPath("$.mostrados").value(4))
                .andExpect(jsonPath("$.puntos").value(2))
                .andExpect(jsonPath("$.otros").value(2));
        at(COUNT, "programa", "FNDR")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.mostrados").value(2));
        for (String[] years : new String[][] {{"desde", "hasta"}, {"from", "to"}}) {
            at(COUNT, "sector", "Transporte", years[0], "2015", years[1], "2021")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(4))
                    .andExpect(jsonPath("$.mostrados").value(1));
        }
        at(COUNT, "desde", "x").andExpect(SliceRequests.badRequest("InvalidParameterValue", "desde"));
        at(COUNT, "from", "2020", "desde", "2021").andExpect(SliceRequests.badRequest("InvalidParameter", "from"));
        at(COUNT, "nope", "1").andExpect(SliceRequests.badRequest("InvalidParameter", "nope"));
        at(COUNT, "costo_total_clp", "1").andExpect(SliceRequests.badRequest("InvalidParameter", "costo_total_clp"));
        at(COUNT, "programa", "x".repeat(1000))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "programa"));
        for (String tiles : new String[] {"compacto", "compact"}) {
            at(COUNT, tiles, "true").andExpect(SliceRequests.badRequest("InvalidParameter", "compacto"));
        }
    }

    @Test
    void aPointWithItsDefaultsAndTheMapsFilter() throws Exception {
        at(AT, "lon", "-73.2", "lat", "-39.8", "zoom", "12")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyectos.length()").value(4))
                .andExpect(jsonPath("$.proyectos[0].codigo_bip").value("30000001-0"))
                .andExpect(jsonPath("$.proyectos[0].bbox").isEmpty());
        InMemoryProjectMap.PointQuery asked = map.lastPoint.get();
        assertThat(asked.lon()).isEqualTo(-73.2);
        assertThat(asked.lat()).isEqualTo(-39.8);
        assertThat(asked.zoom()).isEqualTo(12);
        assertThat(asked.tolerancePx()).isEqualTo(6);
        assertThat(asked.limit()).isEqualTo(10);
        assertThat(asked.filter().filters()).isFalse();
        for (String tolerance : new String[] {"tolerancia_px", "tolerance_px"}) {
            at(AT, "lon", "-73", "lat", "-40", "zoom", "9", tolerance, "30", "programa", "FRIL", "to", "2030")
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.proyectos.length()").value(1))
                    .andExpect(jsonPath("$.proyectos[0].id").value(2));
            assertThat(map.lastPoint.get().tolerancePx()).isEqualTo(30);
            assertThat(map.lastPoint.get().filter().equalTo()).isEqualTo(Map.of("programa", "FRIL"));
            assertThat(map.lastPoint.get().filter().to()).isEqualTo(2030);
        }
    }

    @Test
    void aPointNeedsItsNumbersWithinBounds() throws Exception {
        at(AT, "lon", "-73", "lat", "-40").andExpect(SliceRequests.badRequest("InvalidParameter", "zoom"));
        String[][] bad = {{"lon", "-181"}, {"lat", "-86"}, {"zoom", "30"}, {"zoom", "cerca"}, {"tolerancia_px", "500"}};
        for (String[] p : bad) {
            Map<String, String> params = new LinkedHashMap<>(Map.of("lon", "-73", "lat", "-40", "zoom", "9"));
            params.put(p[0], p[1]);
            String[] query = params.entrySet().stream()
                    .flatMap(e -> Stream.of(e.getKey(), e.getValue()))
                    .toArray(String[]::new);
            at(AT, query).andExpect(SliceRequests.badRequest("InvalidParameterValue", p[0]));
        }
        at(AT, "lon", "-73", "lat", "-40", "zoom", "9", "tolerance_px", "5", "tolerancia_px", "6")
                .andExpect(SliceRequests.badRequest("InvalidParameter", "tolerance_px"));
        at(AT, "lon", "-73", "lat", "-40", "zoom", "9", "compact", "true")
                .andExpect(SliceRequests.badRequest("InvalidParameter", "compacto"));
        at(AT, "lon", "-73", "lat", "-40", "zoom", "9", "limit", "5")
                .andExpect(SliceRequests.badRequest("InvalidParameter", "limit"));
        assertThat(map.lastPoint.get()).isNull();
    }

    @Test
    void theSearchByCodeOrNameWithItsLimit() throws Exception {
        at(SEARCH, "q", "posta")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyectos.length()").value(1))
                .andExpect(jsonPath("$.proyectos[0].nombre").value("Posta Rural"))
                .andExpect(jsonPath("$.proyectos[0].programa").value("FRIL"))
                .andExpect(jsonPath("$.proyectos[0].bbox.length()").value(4));
        at(SEARCH, "q", "3000000")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyectos.length()").value(4));
        at(SEARCH, "q", "3000000", "limit", "3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyectos.length()").value(3));
        at(SEARCH, "q", "a".repeat(ProjectMapController.MAX_QUERY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.proyectos.length()").value(0));
    }

    @Test
    void aSearchNeedsAShortTextAndASmallLimit() throws Exception {
        at(SEARCH).andExpect(SliceRequests.badRequest("InvalidParameterValue", "q debe"));
        at(SEARCH, "q", "").andExpect(SliceRequests.badRequest("InvalidParameterValue", "q debe"));
        at(SEARCH, "q", "a".repeat(ProjectMapController.MAX_QUERY + 1))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "100 caracteres"));
        at(SEARCH, "q", "a", "limit", String.valueOf(ProjectMapController.MAX_RESULTS + 1))
                .andExpect(SliceRequests.badRequest("InvalidParameterValue", "limit"));
        at(SEARCH, "q", "a", "limit", "0").andExpect(SliceRequests.badRequest("InvalidParameterValue", "limit"));
        at(SEARCH, "q", "a", "nope", "1").andExpect(SliceRequests.badRequest("InvalidParameter", "nope"));
    }
}
