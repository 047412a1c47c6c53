/**
 * Investment indicators per territory and year range: total, per capita (population of each year, with its source)
 * and per km², with project counts, broken down by programme, sector, stage or year. Computed from the commune
 * shares stored when projects are written; provinces and regions aggregate their communes. The parts of projects
 * outside every commune belong to no territory and are reported apart ({@code fuera_de_comunas}).
 *
 * <p>Owns no table. Reads {@code custom_territory}, {@code custom_territory_commune}, {@code investment_amount},
 * {@code investment_link}, {@code investment_project}, {@code investment_unit_share}, {@code population},
 * {@code territory} (owned elsewhere).
 */
@Owns(
        reads = {
            "custom_territory",
            "custom_territory_commune",
            "investment_amount",
            "investment_link",
            "investment_project",
            "investment_unit_share",
            "population",
            "territory"
        })
package cl.sit.indicators;

import cl.sit.system.Owns;
