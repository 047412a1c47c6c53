package cl.sit.indicators;

import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/investments/dashboard}: the investment dashboard with crossfilter semantics. The total and the
 * largest projects apply every filter; each breakdown applies every filter except its own dimension, so that it shows
 * the alternatives to what was chosen in it. Parameters in {@link DashboardQuery}.
 */
@RestController
class DashboardController {

    /**
     * The dashboard document.
     *
     * @param filters the filters applied, by parameter
     * @param totalClp investment of the range under every filter, from the commune shares (CLP)
     * @param projects distinct projects with an amount in the range under every filter
     * @param outside without a commune filter: the investment of the range outside every commune (the parts of
     *     projects that lie outside), under the other filters; it is in no breakdown nor in the total
     * @param breakdowns by programa, sector, etapa (cycle order), anio (every year of the span) and comuna
     * @param largest the largest projects under every filter, by investment
     */
    record Document(
            @JsonProperty("desde") int from,
            @JsonProperty("hasta") int to,
            @JsonProperty("monto") String amount,
            boolean ilustrativo,
            @JsonProperty("filtros") Map<String, List<String>> filters,
            @JsonProperty("total_clp") double totalClp,
            @JsonProperty("cantidad_proyectos") long projects,

            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("fuera_de_comunas")
            Outside outside,

            @JsonProperty("desgloses") Map<String, List<Dashboard.Bar>> breakdowns,
            @JsonProperty("proyectos") List<DashboardStore.Project> largest) {}

    /** Investment outside every commune (CLP) and its projects. */
    record Outside(
            @JsonProperty("total_clp") double totalClp,
            @JsonProperty("proyectos") long projects) {}

    private final DashboardData store;
    private final IllustrativeData indicators;

    DashboardController(DashboardData store, IllustrativeData indicators) {
        this.store = store;
        this.indicators = indicators;
    }

    @Accepts(Group.PERIOD)
    @GetMapping(value = "/api/investments/dashboard", produces = "application/json")
    Document dashboard(HttpServletRequest request) {
        DashboardQuery q = DashboardQuery.parse(request.getParameterMap());
        Map<String, String> communes = store.communes();
        for (String cut : q.values(DashboardDimension.COMMUNE)) {
            if (!communes.containsKey(cut)) {
                throw QueryParameters.invalid("comuna", "no existe la comuna " + cut);
            }
        }
        DashboardStore.Group total =
                store.groups(q, null).stream().findFirst().orElse(new DashboardStore.Group("total", 0, 0));
        Map<String, List<Dashboard.Bar>> breakdowns = new LinkedHashMap<>();
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (DashboardDimension d : DashboardDimension.values()) {
            breakdowns.put(d.parameter, Dashboard.bars(d, store.groups(q, d), q, communes));
            if (d != DashboardDimension.YEAR) {
                filters.put(d.parameter, q.values(d));
            }
        }
        Outside outside = null;
        if (q.values(DashboardDimension.COMMUNE).isEmpty()) {
            DashboardStore.Group o = store.outside(q);
            outside = new Outside(o.clp(), o.projects());
        }
        return new Document(
                q.from(),
                q.to(),
                q.amount(),
                indicators.anyIllustrative(),
                filters,
                total.clp(),
                total.projects(),
                outside,
                breakdowns,
                store.largest(q));
    }
}
