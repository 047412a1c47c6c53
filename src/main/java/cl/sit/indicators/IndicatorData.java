package cl.sit.indicators;

import cl.sit.territory.UnitAt;
import java.time.LocalDate;
import java.util.List;

/** What {@link IndicatorController} needs of the indicator data ({@link IndicatorStore} in the application). */
interface IndicatorData extends IllustrativeData {

    /** The territories of a level. */
    List<IndicatorStore.Unit> units(Level level);

    /** Population per unit and year up to {@code to}; for a custom territory, its communes' weighted populations. */
    List<IndicatorStore.Population> population(Level level, int to);

    /** Investment per unit, group and year of the query's range and level. */
    List<IndicatorStore.Amount> amounts(IndicatorQuery q);

    /** Projects with amounts in the range touching each unit, per group. */
    List<IndicatorStore.ProjectCount> projectCounts(IndicatorQuery q);

    /** What lies outside every commune, per group; with no breakdown, one entry even when it is 0. */
    List<IndicatorStore.Outside> outside(IndicatorQuery q);

    /** Investment per commune of today (the unit set of a day gives it to its units). */
    List<IndicatorStore.Amount> communeAmounts(IndicatorQuery q);

    /** Which projects with amounts in the range touch each commune of today, per group. */
    List<UnitSetInputs.CommuneProject> communeProjects(IndicatorQuery q);

    /** The units of a level in force on a day, with the communes of today each is made of. */
    List<UnitAt> unitsInForce(LocalDate day, Level level);
}
