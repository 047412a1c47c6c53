/**
 * Territorial units (region, province, commune by CUT code; provinces and regions are unions of their communes) and
 * their history (former units, the code crosswalk, units in force at a date), custom territories (associations of
 * communes or drawn zones, {@code /api/territories/custom}), population per unit and year, the territorial
 * reference layers loaded with them (published communes, urban limits, urban centres, census zones: the
 * {@code *Seed} classes) and each investment project's shares of every unit ({@link cl.sit.territory.UnitShares},
 * with the investment kept per unit and year) that indicators and profiles read.
 *
 * <p>Owns {@code census_zone}, {@code commune_published}, {@code custom_territory},
 * {@code custom_territory_commune}, {@code former_territory}, {@code investment_commune_coincidence},
 * {@code investment_commune_programme}, {@code investment_unit_share}, {@code investment_unit_summary},
 * {@code investment_unit_year}, {@code population}, {@code population_age}, {@code territory},
 * {@code territory_crosswalk}, {@code urban_centre}, {@code urban_limit}. Reads {@code investment_amount},
 * {@code investment_link}, {@code investment_project}, {@code investment_territory} (owned elsewhere).
 */
@Owns(
        tables = {
            "census_zone",
            "commune_published",
            "custom_territory",
            "custom_territory_commune",
            "former_territory",
            "investment_commune_coincidence",
            "investment_commune_programme",
            "investment_unit_share",
            "investment_unit_summary",
            "investment_unit_year",
            "population",
            "population_age",
            "territory",
            "territory_crosswalk",
            "urban_centre",
            "urban_limit"
        },
        reads = {"investment_amount", "investment_link", "investment_project", "investment_territory"})
package cl.sit.territory;

import cl.sit.system.Owns;
