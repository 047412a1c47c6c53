package cl.sit.profile;

import cl.sit.conservation.ConservationCoverage;
import cl.sit.profile.ProfileStore.PopulationRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds territory profiles: population, area and density, conservation coverage (computed here with JTS, see
 * {@link ConservationCoverage}), investment of a period and the projects with the largest amount in the
 * territory. Investment is computed exactly as {@code /api/indicators} computes it (same tables, same per-capita
 * rule), so a profile and the indicators agree.
 */
@Component
public class TerritoryProfiles implements ProfileData {

    private final ProfileStore store;

    TerritoryProfiles(ProfileStore store) {
        this.store = store;
    }

    /** The profile of {@code code} (CUT or custom territory code), or empty when there is no such territory. */
    @Transactional(readOnly = true)
    @Override
    public Optional<TerritoryProfile> find(String code, ProfileQuery q) {
        return store.unit(code).map(unit -> build(unit, q));
    }

    /** The territory's projects ranked by their amount in it, or empty when there is no such territory. */
    @Transactional(readOnly = true)
    @Override
    public Optional<List<TopProject>> projects(String code, ProfileQuery q) {
        return store.unit(code).map(unit -> store.topProjects(unit, q, q.limit(), store.investmentKept(unit)));
    }

    /**
     * Every territory with a profile, as references: administrative units by CUT (their level in {@code nivel})
     * and custom territories ({@code nivel = personalizado}).
     */
    @Override
    public List<TerritoryProfile.Ref> index() {
        return store.index().stream()
                .map(u -> new TerritoryProfile.Ref(u.code(), u.name(), u.level()))
                .toList();
    }

    private TerritoryProfile build(ProfileUnit unit, ProfileQuery q) {
        List<PopulationRow> rows = store.population(unit);
        Map<Integer, PopulationRow> people = byYear(rows);
        PopulationRow census = rows.stream()
                .filter(p -> p.year() == 2017 && p.kind().equals("censo"))
                .findFirst()
                .orElse(null);
        PopulationRow projection = latest(people, q.to());
        PopulationRow forDensity = projection != null ? projection : census;
        TerritoryProfile.Population population = new TerritoryProfile.Population(
                count(census),
                count(projection),
                forDensity == null || unit.surface().forRatesKm2() <= 0
                        ? null
                        : forDensity.population() / unit.surface().forRatesKm2());

        boolean kept = store.investmentKept(unit);
        Geometry land = store.geometry(unit);
        TerritoryProfile.Conservation conservation = new TerritoryProfile.Conservation(
                ConservationCoverage.of(land, store.protectedAreas()),
                ConservationCoverage.of(land, store.prioritySites()));

        return new TerritoryProfile(
                unit.code(),
                unit.name(),
                unit.level(),
                unit.areaKm2(),
                unit.source(),
                unit.surface(),
                store.parents(unit),
                store.communes(unit),
                population,
                conservation,
                investment(unit, q, people, kept),
                store.topProjects(unit, q, 10, kept),
                store.anyIllustrative(),
                unit.former() == null
                        ? null
                        : TerritoryProfile.Validity.of(
                                unit.former().validFrom(), unit.former().validTo(), store.successors(unit)));
    }

    private TerritoryProfile.Investment investment(
            ProfileUnit unit, ProfileQuery q, Map<Integer, PopulationRow> people, boolean kept) {
        Map<Integer, double[]> byYear = store.investmentByYear(unit, q, kept);
        int chosen = q.amount().equals("ejecutado") ? 1 : 0;
        List<TerritoryProfile.Year> years = new ArrayList<>();
        double total = 0;
        double perCapita = 0;
        boolean perCapitaKnown = true;
        for (Map.Entry<Integer, double[]> e : byYear.entrySet()) {
            PopulationRow p = people.get(e.getKey());
            boolean known = p != null && p.population() > 0;
            double clp = e.getValue()[chosen];
            years.add(new TerritoryProfile.Year(
                    e.getKey(), clp, known ? p.population() : null, e.getValue()[0], e.getValue()[1]));
            total += clp;
            if (known) {
                perCapita += clp / p.population();
            } else if (clp != 0) {
                perCapitaKnown = false;
            }
        }
        return new TerritoryProfile.Investment(
                q.from(),
                q.to(),
                q.amount(),
                total,
                perCapitaKnown ? perCapita : null,
                unit.surface().forRatesKm2() > 0 ? total / unit.surface().forRatesKm2() : 0,
                store.projectCount(unit, q),
                years,
                store.investmentOutside(unit, q, kept));
    }

    /** Population per year: the INE projection when there is one, else the census count. */
    private static Map<Integer, PopulationRow> byYear(List<PopulationRow> rows) {
        Map<Integer, PopulationRow> out = new HashMap<>();
        for (PopulationRow p : rows) {
            out.merge(p.year(), p, (a, b) -> a.kind().equals("proyeccion") ? a : b);
        }
        return out;
    }

    /** The projection of {@code year}, else the latest projection before it. */
    private static PopulationRow latest(Map<Integer, PopulationRow> byYear, int year) {
        PopulationRow best = null;
        for (PopulationRow p : byYear.values()) {
            if (p.kind().equals("proyeccion") && p.year() <= year && (best == null || p.year() > best.year())) {
                best = p;
            }
        }
        return best;
    }

    private static TerritoryProfile.Count count(PopulationRow p) {
        return p == null ? null : new TerritoryProfile.Count(p.year(), p.population(), p.source());
    }
}
