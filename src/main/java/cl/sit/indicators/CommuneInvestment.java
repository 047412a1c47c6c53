package cl.sit.indicators;

import cl.sit.system.CsvDownload;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The investment indicators of every commune of today, for other capabilities (the regionalization's variables):
 * the same arithmetic as {@code /api/indicators?level=commune} (per capita as the sum over the years of each year's
 * amount over that year's population; per km² over the official surface when there is one), optionally for one
 * programme or one sector.
 */
@Component
public class CommuneInvestment {

    /**
     * One commune's investment in the range.
     *
     * @param perCapitaClp null when a year with investment has no population
     */
    public record Figures(double totalClp, Double perCapitaClp, double perKm2Clp) {}

    private final IndicatorStore store;

    CommuneInvestment(IndicatorStore store) {
        this.store = store;
    }

    /**
     * Figures per commune code; communes with no investment of the group are 0 (a real zero).
     *
     * @param executed ejecutado instead of programado amounts
     * @param dimension null (all investment), {@code programa} or {@code sector}
     * @param group the programme or sector when {@code dimension} is given
     */
    public Map<String, Figures> perCommune(int from, int to, boolean executed, String dimension, String group) {
        Breakdown by = dimension == null ? Breakdown.NONE : Breakdown.parse(dimension);
        String wanted = dimension == null ? "total" : group;
        IndicatorQuery q = new IndicatorQuery(
                Level.COMMUNE,
                from,
                to,
                executed ? "ejecutado_clp" : "programado_clp",
                by,
                false,
                CsvDownload.Form.of(null),
                null);
        List<IndicatorStore.Unit> units = store.units(Level.COMMUNE);
        List<IndicatorRow> rows = Indicators.rows(
                q, units, store.population(Level.COMMUNE, to), store.amounts(q), store.projectCounts(q));
        Map<String, Figures> out = new HashMap<>();
        for (IndicatorStore.Unit u : units) {
            out.put(u.code(), new Figures(0, 0.0, 0));
        }
        for (IndicatorRow r : rows) {
            if (wanted.equals(r.group() == null ? "total" : r.group())) {
                out.put(r.code(), new Figures(r.totalClp(), r.perCapitaClp(), r.perKm2Clp()));
            }
        }
        return out;
    }

    /** The programmes or sectors that have investment in the range (for forms). */
    public List<String> groups(String dimension, int from, int to) {
        IndicatorQuery q = new IndicatorQuery(
                Level.COMMUNE,
                from,
                to,
                "programado_clp",
                Breakdown.parse(dimension),
                false,
                CsvDownload.Form.of(null),
                null);
        return store.amounts(q).stream()
                .map(IndicatorStore.Amount::group)
                .distinct()
                .sorted()
                .toList();
    }
}
