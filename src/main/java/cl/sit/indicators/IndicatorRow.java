package cl.sit.indicators;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One row of the indicators: a territory (and a breakdown group, when asked for).
 *
 * @param code CUT code
 * @param name territory name
 * @param level comuna, provincia or region
 * @param group value of the breakdown (a programme, a sector, ...), or null
 * @param population population of the last year of the range, or null when unknown
 * @param populationYear the year of that population
 * @param populationSource where it comes from
 * @param areaKm2 geodesic area in km²
 * @param totalClp investment in the range, CLP, from the commune shares
 * @param perCapitaClp the sum over the years of each year's investment over that year's population; null when a
 *     year with investment has no population
 * @param perKm2Clp total over area
 * @param projects projects with amounts in the range that touch the territory
 */
record IndicatorRow(
        String code,
        String name,
        String level,
        String group,
        Long population,
        @JsonProperty("population_year") Integer populationYear,
        @JsonProperty("population_source") String populationSource,
        @JsonProperty("area_km2") double areaKm2,
        @JsonProperty("total_clp") double totalClp,
        @JsonProperty("per_capita_clp") Double perCapitaClp,
        @JsonProperty("per_km2_clp") double perKm2Clp,
        long projects) {}
