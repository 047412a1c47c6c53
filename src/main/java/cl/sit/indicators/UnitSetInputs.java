package cl.sit.indicators;

import cl.sit.indicators.IndicatorStore.Amount;
import cl.sit.indicators.IndicatorStore.Population;
import cl.sit.indicators.IndicatorStore.ProjectCount;
import cl.sit.indicators.IndicatorStore.Unit;
import cl.sit.territory.UnitAt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The inputs of {@link Indicators#rows} for the unit set of a day (plain Java): investment and project counts
 * stored per commune of today are given to the units in force that day through the communes each is made of, and
 * keyed by the unit's identifier. A unit still in force today keeps its own population; a former unit's population
 * of a year is the sum of its communes' populations of that year, when every one of them has one.
 */
final class UnitSetInputs {

    /** A project with an amount in the range touching a commune of today, in a group. */
    record CommuneProject(String cut, String group, long projectId) {}

    /** The four inputs, keyed by unit identifier. */
    record Inputs(List<Unit> units, List<Population> population, List<Amount> amounts, List<ProjectCount> counts) {}

    private UnitSetInputs() {}

    static Inputs of(
            List<UnitAt> set,
            List<Population> ownPopulation,
            List<Population> communePopulation,
            List<Amount> communeAmounts,
            List<CommuneProject> communeProjects) {
        Map<String, List<String>> unitsOfCommune = new HashMap<>();
        List<Unit> units = new ArrayList<>();
        for (UnitAt u : set) {
            u.communes().forEach(c -> unitsOfCommune
                    .computeIfAbsent(c, k -> new ArrayList<>())
                    .add(u.id()));
            units.add(new Unit(u.id(), u.name(), u.areaKm2(), u.officialKm2(), u.geometry()));
        }
        List<Amount> amounts = new ArrayList<>();
        for (Amount a : communeAmounts) {
            unitsOfCommune
                    .getOrDefault(a.code(), List.of())
                    .forEach(id -> amounts.add(new Amount(id, a.group(), a.year(), a.clp())));
        }
        Map<String, Map<String, Set<Long>>> projects = new TreeMap<>();
        for (CommuneProject p : communeProjects) {
            unitsOfCommune.getOrDefault(p.cut(), List.of()).forEach(id -> projects.computeIfAbsent(
                            id, k -> new TreeMap<>())
                    .computeIfAbsent(p.group(), k -> new HashSet<>())
                    .add(p.projectId()));
        }
        List<ProjectCount> counts = new ArrayList<>();
        projects.forEach(
                (id, groups) -> groups.forEach((group, ids) -> counts.add(new ProjectCount(id, group, ids.size()))));
        return new Inputs(units, population(set, ownPopulation, communePopulation), amounts, counts);
    }

    private static List<Population> population(List<UnitAt> set, List<Population> own, List<Population> communes) {
        Map<String, Map<Integer, Population>> byCommune = new HashMap<>();
        for (Population p : communes) {
            byCommune
                    .computeIfAbsent(p.code(), k -> new TreeMap<>())
                    .merge(p.year(), p, (a, b) -> a.kind().equals("proyeccion") ? a : b);
        }
        List<Population> out = new ArrayList<>();
        for (UnitAt u : set) {
            if (!u.former()) {
                own.stream().filter(p -> p.code().equals(u.id())).forEach(out::add);
                continue;
            }
            TreeSet<Integer> years = new TreeSet<>();
            u.communes()
                    .forEach(c ->
                            years.addAll(byCommune.getOrDefault(c, Map.of()).keySet()));
            for (int year : years) {
                sum(u, year, byCommune).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The unit's population of a year from its communes', when every commune has one. */
    private static java.util.Optional<Population> sum(
            UnitAt u, int year, Map<String, Map<Integer, Population>> byCommune) {
        long total = 0;
        boolean projection = true;
        Set<String> sources = new TreeSet<>();
        for (String c : u.communes()) {
            Population p = byCommune.getOrDefault(c, Map.of()).get(year);
            if (p == null) {
                return java.util.Optional.empty();
            }
            total += p.population();
            projection &= p.kind().equals("proyeccion");
            sources.add(p.source());
        }
        return u.communes().isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new Population(
                        u.id(),
                        year,
                        projection ? "proyeccion" : "censo",
                        total,
                        "Suma de sus comunas: " + String.join("; ", sources)));
    }

    /**
     * The rows (keyed by unit identifier) with the code of the time, the identifier, and a note when a former unit's
     * figures cover only the communes SIT has loaded.
     */
    static List<IndicatorRow> relabel(List<IndicatorRow> rows, List<UnitAt> set) {
        Map<String, UnitAt> byId = new HashMap<>();
        set.forEach(u -> byId.put(u.id(), u));
        return rows.stream()
                .map(r -> {
                    UnitAt u = byId.get(r.code());
                    String note = u.missing().isEmpty()
                            ? null
                            : "Cifras solo de sus comunas cargadas en SIT ("
                                    + String.join(", ", u.communes())
                                    + "); no están cargadas las unidades que la sucedieron: "
                                    + String.join(", ", u.missing());
                    return r.asOf(u.code(), u.id(), note);
                })
                .toList();
    }
}
