package cl.sit.indicators;

import cl.sit.indicators.IndicatorStore.Amount;
import cl.sit.indicators.IndicatorStore.Population;
import cl.sit.indicators.IndicatorStore.ProjectCount;
import cl.sit.indicators.IndicatorStore.Unit;
import cl.sit.investment.Stages;
import cl.sit.territory.Surface;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Combines units, population and yearly amounts into indicator rows (plain Java). Population of a year is the
 * INE projection when there is one, else the census count. Per capita is the sum over the years of each year's
 * investment divided by that year's population, so a range mixes no years.
 */
final class Indicators {

    private Indicators() {}

    static List<IndicatorRow> rows(
            IndicatorQuery q,
            List<Unit> units,
            List<Population> population,
            List<Amount> amounts,
            List<ProjectCount> counts) {
        Map<String, Map<Integer, Population>> people = byUnitAndYear(population);
        Map<String, Map<String, Map<Integer, Double>>> clp = new HashMap<>();
        for (Amount a : amounts) {
            clp.computeIfAbsent(a.code(), k -> new TreeMap<>())
                    .computeIfAbsent(a.group(), k -> new TreeMap<>())
                    .merge(a.year(), a.clp(), Double::sum);
        }
        Map<String, Long> projects = new HashMap<>();
        counts.forEach(c -> projects.put(c.code() + '\u0000' + c.group(), c.projects()));

        List<IndicatorRow> rows = new ArrayList<>();
        for (Unit u : units) {
            Map<Integer, Population> unitPeople = people.getOrDefault(u.code(), Map.of());
            Population last = latest(unitPeople, q.to());
            Map<String, Map<Integer, Double>> groups = clp.getOrDefault(u.code(), Map.of());
            // Stages in the order of the project cycle, other groups alphabetically.
            TreeSet<String> names =
                    new TreeSet<>(q.breakdown() == Breakdown.STAGE ? Stages.CYCLE : Comparator.<String>naturalOrder());
            names.addAll(groups.keySet());
            if (q.breakdown() == Breakdown.NONE) {
                names.add("total");
            }
            for (String group : names) {
                Map<Integer, Double> byYear = groups.getOrDefault(group, Map.of());
                double total = byYear.values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum();
                Double perCapita = perCapita(byYear, unitPeople);
                rows.add(new IndicatorRow(
                        u.code(),
                        u.name(),
                        q.level().stored,
                        q.breakdown() == Breakdown.NONE ? null : group,
                        last == null ? null : last.population(),
                        last == null ? null : last.year(),
                        last == null ? null : last.source(),
                        perCapita == null ? null : populationYears(byYear, unitPeople),
                        u.areaKm2(),
                        u.officialKm2(),
                        Surface.OFFICIAL.equals(u.surface().basis()) ? "official" : "geodesic",
                        total,
                        perCapita,
                        u.surface().forRatesKm2() > 0 ? total / u.surface().forRatesKm2() : 0,
                        projects.getOrDefault(u.code() + '\u0000' + group, 0L),
                        null,
                        null));
            }
        }
        return rows;
    }

    /** Projection first, census otherwise, per unit and year. */
    private static Map<String, Map<Integer, Population>> byUnitAndYear(List<Population> population) {
        Map<String, Map<Integer, Population>> out = new HashMap<>();
        for (Population p : population) {
            out.computeIfAbsent(p.code(), k -> new TreeMap<>())
                    .merge(p.year(), p, (a, b) -> a.kind().equals("proyeccion") ? a : b);
        }
        return out;
    }

    private static Population latest(Map<Integer, Population> byYear, int to) {
        Population best = null;
        for (Population p : byYear.values()) {
            if (p.year() <= to && (best == null || p.year() > best.year())) {
                best = p;
            }
        }
        return best;
    }

    /** First and last year whose population divides an amount in {@link #perCapita}, or null when none. */
    private static List<Integer> populationYears(Map<Integer, Double> byYear, Map<Integer, Population> people) {
        List<Integer> used = byYear.keySet().stream()
                .filter(y -> people.get(y) != null && people.get(y).population() > 0)
                .sorted()
                .toList();
        return used.isEmpty() ? null : List.of(used.get(0), used.get(used.size() - 1));
    }

    private static Double perCapita(Map<Integer, Double> byYear, Map<Integer, Population> people) {
        double sum = 0;
        for (Map.Entry<Integer, Double> e : byYear.entrySet()) {
            Population p = people.get(e.getKey());
            if (p == null || p.population() <= 0) {
                return e.getValue() == 0 ? sum : null;
            }
            sum += e.getValue() / p.population();
        }
        return sum;
    }
}
