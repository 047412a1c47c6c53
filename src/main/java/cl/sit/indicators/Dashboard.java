package cl.sit.indicators;

import cl.sit.indicators.DashboardStore.Group;
import cl.sit.investment.Stages;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The breakdowns of the investment dashboard put in order (plain Java): stages in the order of the project cycle,
 * years ascending over 2003-2026 widened to the range and to the years with amounts (zeros included), communes by
 * code with their names, programmes and sectors alphabetically. A value the user filtered on stays in its breakdown, at zero when nothing
 * matches, so that it can be seen and removed.
 */
final class Dashboard {

    /**
     * One bar of a breakdown.
     *
     * @param value the group: a programme, sector, stage, year (as text) or commune code
     * @param name the commune's name, for communes only
     * @param totalClp investment in CLP
     * @param projects distinct projects
     */
    record Bar(
            @JsonProperty("valor") String value,

            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("nombre")
            String name,

            @JsonProperty("total_clp") double totalClp,
            @JsonProperty("proyectos") long projects) {}

    private Dashboard() {}

    static List<Bar> bars(DashboardDimension d, List<Group> groups, DashboardQuery q, Map<String, String> communes) {
        Comparator<String> order =
                switch (d) {
                    case STAGE -> Stages.CYCLE;
                    case YEAR -> Comparator.comparingInt(Integer::parseInt);
                    default -> Comparator.naturalOrder();
                };
        TreeMap<String, Group> byValue = new TreeMap<>(order);
        groups.forEach(g -> byValue.put(g.value(), g));
        if (d == DashboardDimension.YEAR) {
            // The default span, widened to the range asked for and to the years with amounts: a stable axis.
            int first = Math.min(
                    Math.min(q.from(), IndicatorQuery.FIRST_YEAR),
                    byValue.isEmpty() ? q.from() : Integer.parseInt(byValue.firstKey()));
            int last = Math.max(
                    Math.max(q.to(), IndicatorQuery.LAST_YEAR),
                    byValue.isEmpty() ? q.to() : Integer.parseInt(byValue.lastKey()));
            for (int y = first; y <= last; y++) {
                byValue.putIfAbsent(Integer.toString(y), new Group(Integer.toString(y), 0, 0));
            }
        } else {
            q.values(d).forEach(v -> byValue.putIfAbsent(v, new Group(v, 0, 0)));
        }
        List<Bar> out = new ArrayList<>();
        byValue.values()
                .forEach(g -> out.add(new Bar(
                        g.value(),
                        d == DashboardDimension.COMMUNE ? communes.get(g.value()) : null,
                        g.clp(),
                        g.projects())));
        return out;
    }
}
