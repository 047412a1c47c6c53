package cl.sit.territory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;

/**
 * A territorial unit in force on a given day, with the communes of today that make it up.
 *
 * @param id unambiguous identifier: the CUT of a unit in force today, {@code 105@..2007-10-02} for a former one
 * @param code CUT code as published in its time
 * @param name name
 * @param level {@code region}, {@code provincia} or {@code comuna}
 * @param validFrom first day in force, or null when older than SIT's records
 * @param validTo first day no longer in force (exclusive), or null when still in force
 * @param areaKm2 geodesic area of its geometry (for a former unit, the union of its loaded communes), km²
 * @param officialKm2 official surface: its own for a unit in force today; for a former unit the sum of its
 *     communes' official surfaces when every one is known; else null
 * @param geometry which geometry it carries, or null
 * @param communes the CUT codes of today's communes it is made of (a commune of today lists itself)
 * @param missing for a former unit, the units that replaced it that SIT has not loaded (its figures then cover only
 *     the communes loaded); empty otherwise
 */
public record UnitAt(
        String id,
        @JsonProperty("codigo") String code,
        @JsonProperty("nombre") String name,
        @JsonProperty("nivel") String level,
        @JsonProperty("vigente_desde") LocalDate validFrom,
        @JsonProperty("vigente_hasta") LocalDate validTo,
        @JsonProperty("area_km2") double areaKm2,
        @JsonProperty("area_oficial_km2") Double officialKm2,
        @JsonProperty("geometria") String geometry,
        @JsonProperty("comunas") List<String> communes,
        @JsonProperty("sucesoras_no_cargadas") List<String> missing) {

    /** Whether the unit is no longer in force today. */
    @JsonIgnore
    public boolean former() {
        return validTo != null && !id.equals(code);
    }
}
