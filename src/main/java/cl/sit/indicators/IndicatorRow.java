package cl.sit.indicators;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One row of the indicators: a territory (and a breakdown group, when asked for). Serialized with SIT's Spanish
 * field names (docs/api.md, "Nombres de campos").
 *
 * @param code CUT code
 * @param name territory name
 * @param level comuna, provincia or region
 * @param group value of the breakdown (a programme, a sector, ...), or null
 * @param population population of the last year of the range (the latest known up to it), or null when unknown;
 *     per-capita figures do not divide by it but by each year's own population
 * @param populationYear the year of that population
 * @param populationSource where it comes from
 * @param populationYears first and last year whose population divided that year's amount in the per-capita
 *     figure (see {@link IndicatorController#PER_CAPITA_DEFINITION}); null when no year was divided
 * @param areaKm2 geodesic area in km² of the unit's geometry
 * @param officialAreaKm2 official surface in km², or null when there is none
 * @param perKm2Basis {@code official} when per-km² figures use the official surface, {@code geodesic} otherwise
 * @param totalClp investment in the range, CLP, from the commune shares
 * @param perCapitaClp the sum over the years of each year's investment over that year's population; null when a
 *     year with investment has no population
 * @param perKm2Clp total over the surface named by {@code perKm2Basis}
 * @param projects projects with amounts in the range that touch the territory
 * @param id with {@code asOf}: the unit's unambiguous identifier ({@code 105@..2007-10-02} for a former unit, the
 *     code for a unit in force today); absent otherwise
 * @param note with {@code asOf}: what the row's figures cover when that is less than the unit, or absent
 */
record IndicatorRow(
        @JsonProperty("codigo") String code,
        @JsonProperty("nombre") String name,
        @JsonProperty("nivel") String level,
        @JsonProperty("grupo") String group,
        @JsonProperty("poblacion") Long population,
        @JsonProperty("anio_poblacion") Integer populationYear,
        @JsonProperty("fuente_poblacion") String populationSource,
        @JsonProperty("anios_poblacion") List<Integer> populationYears,
        @JsonProperty("area_km2") double areaKm2,
        @JsonProperty("area_oficial_km2") Double officialAreaKm2,
        @JsonProperty("base_por_km2") String perKm2Basis,
        @JsonProperty("total_clp") double totalClp,
        @JsonProperty("per_capita_clp") Double perCapitaClp,
        @JsonProperty("por_km2_clp") double perKm2Clp,
        @JsonProperty("proyectos") long projects,
        @JsonInclude(JsonInclude.Include.NON_NULL) String id,

        @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("nota")
        String note) {

    /** This row for the unit set of a day: its code of the time, its identifier and a note. */
    IndicatorRow asOf(String codeOfTheTime, String unitId, String unitNote) {
        return new IndicatorRow(
                codeOfTheTime,
                name,
                level,
                group,
                population,
                populationYear,
                populationSource,
                populationYears,
                areaKm2,
                officialAreaKm2,
                perKm2Basis,
                totalClp,
                perCapitaClp,
                perKm2Clp,
                projects,
                unitId,
                unitNote);
    }
}
