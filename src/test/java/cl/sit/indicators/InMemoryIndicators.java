package cl.sit.indicators;

import cl.sit.indicators.IndicatorStore.Amount;
import cl.sit.indicators.IndicatorStore.Outside;
import cl.sit.indicators.IndicatorStore.Population;
import cl.sit.indicators.IndicatorStore.ProjectCount;
import cl.sit.indicators.IndicatorStore.Unit;
import cl.sit.territory.UnitAt;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In-memory indicator data for the indicators slice: two communes of today (Valdivia, with projected population, and
 * Corral, with only its 2017 census), one region, programmed and executed amounts in 2020 and 2021, and investment
 * outside every commune. Before {@link #LOS_RIOS} the communes were 10501 and 10502 of region 10, which lists
 * a successor SIT has not loaded. Only the year range, the amount column and the breakdown are applied here (the
 * stores' filtering and SQL are tested on both databases by the ITs); the data are illustrative.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryIndicators {

    /** The day Los Ríos (region 14) was created and its communes recoded. */
    static final LocalDate LOS_RIOS = LocalDate.of(2007, 10, 2);

    @Bean
    IndicatorData indicatorData() {
        return new IndicatorData() {
            @Override
            public List<Unit> units(Level level) {
                return switch (level) {
                    case COMMUNE ->
                        List.of(
                                new Unit("14101", "Valdivia", 1016.0, 1015.6, "Cobertura operacional"),
                                new Unit("14102", "Corral", 767.0, null, "Cobertura operacional"));
                    case REGION -> List.of(new Unit("14", "Los Ríos", 18430.0, 18429.5, "Límite oficial"));
                    default -> List.of();
                };
            }

            @Override
            public List<Population> population(Level level, int to) {
                List<Population> all = level == Level.REGION
                        ? List.of(new Population("14", 2020, "proyeccion", 405000, "INE"))
                        : List.of(
                                new Population("14101", 2017, "censo", 166080, "Censo 2017"),
                                new Population("14101", 2020, "proyeccion", 176000, "INE"),
                                new Population("14101", 2020, "censo", 1, "ignorada: hay proyección"),
                                new Population("14101", 2021, "proyeccion", 178000, "INE"),
                                new Population("14102", 2017, "censo", 5300, "Censo 2017"));
                return all.stream().filter(p -> p.year() <= to).toList();
            }

            @Override
            public List<Amount> amounts(IndicatorQuery q) {
                return q.level() == Level.REGION
                        ? communeAmounts(q).stream()
                                .map(a -> new Amount("14", a.group(), a.year(), a.clp()))
                                .toList()
                        : communeAmounts(q);
            }

            @Override
            public List<ProjectCount> projectCounts(IndicatorQuery q) {
                String code = q.level() == Level.REGION ? "14" : "14101";
                return List.of(new ProjectCount(code, group(q, "FNDR"), 2));
            }

            @Override
            public List<Outside> outside(IndicatorQuery q) {
                return List.of(new Outside(q.breakdown() == Breakdown.NONE ? null : group(q, "FRIL"), 5e7, 1));
            }

            @Override
            public List<Amount> communeAmounts(IndicatorQuery q) {
                double executed = q.amountColumn().equals("ejecutado_clp") ? 0.5 : 1;
                return inRange(
                        q,
                        List.of(
                                new Amount("14101", group(q, "FNDR"), 2020, 1.76e9 * executed),
                                new Amount("14101", group(q, "FNDR"), 2021, 1.78e9 * executed),
                                new Amount("14102", group(q, "FRIL"), 2020, 5e8 * executed)));
            }

            @Override
            public List<UnitSetInputs.CommuneProject> communeProjects(IndicatorQuery q) {
                return List.of(
                        new UnitSetInputs.CommuneProject("14101", group(q, "FNDR"), 1),
                        new UnitSetInputs.CommuneProject("14102", group(q, "FRIL"), 2));
            }

            @Override
            public List<UnitAt> unitsInForce(LocalDate day, Level level) {
                boolean before = day.isBefore(LOS_RIOS);
                return switch (level) {
                    case COMMUNE ->
                        before
                                ? List.of(
                                        former("10501", "Valdivia", "comuna", List.of("14101"), List.of()),
                                        former("10502", "Corral", "comuna", List.of("14102"), List.of()))
                                : List.of(
                                        today("14101", "Valdivia", "comuna", List.of("14101")),
                                        today("14102", "Corral", "comuna", List.of("14102")));
                    case REGION ->
                        before
                                ? List.of(former("10", "Los Lagos", "region", List.of("14101", "14102"), List.of("10")))
                                : List.of(today("14", "Los Ríos", "region", List.of("14101", "14102")));
                    default -> List.of();
                };
            }

            @Override
            public boolean anyIllustrative() {
                return true;
            }
        };
    }

    /** The group of an amount: {@code total} with no breakdown, else {@code programme} (for any breakdown). */
    private static String group(IndicatorQuery q, String programme) {
        return q.breakdown() == Breakdown.NONE ? "total" : programme;
    }

    private static List<Amount> inRange(IndicatorQuery q, List<Amount> amounts) {
        return amounts.stream()
                .filter(a -> a.year() >= q.from() && a.year() <= q.to())
                .toList();
    }

    private static UnitAt former(String code, String name, String level, List<String> communes, List<String> missing) {
        return new UnitAt(
                code + "@.." + LOS_RIOS,
                code,
                name,
                level,
                null,
                LOS_RIOS,
                900.0,
                null,
                "Unión de las comunas que la formaban (cobertura operacional)",
                communes,
                missing);
    }

    private static UnitAt today(String code, String name, String level, List<String> communes) {
        return new UnitAt(
                code, code, name, level, LOS_RIOS, null, 1000.0, 999.0, "Límite oficial", communes, List.of());
    }
}
