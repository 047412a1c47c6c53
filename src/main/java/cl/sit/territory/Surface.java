package cl.sit.territory;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A territory's surface: the geodesic area of the geometry SIT holds for it, and its official surface when one is
 * published. Densities and per-km² figures use the official surface when it exists ({@link #basis()} says which).
 *
 * @param geodesicaKm2 geodesic area (WGS 84) of the unit's geometry, km²
 * @param oficialKm2 official surface (SUBDERE for communes; provinces and regions as sums), or null
 * @param fuenteOficial where the official surface comes from, or null
 * @param geometria which geometry the unit carries (e.g. the operational coverage), or null
 */
public record Surface(
        @JsonProperty("geodesica_km2") double geodesicaKm2,
        @JsonProperty("oficial_km2") Double oficialKm2,
        @JsonProperty("fuente_oficial") String fuenteOficial,
        String geometria) {

    public static final String OFFICIAL = "oficial";
    public static final String GEODESIC = "geodesica";

    /** {@code oficial} when per-km² figures use the official surface, {@code geodesica} otherwise. */
    @JsonProperty("usada")
    public String basis() {
        return oficialKm2 != null && oficialKm2 > 0 ? OFFICIAL : GEODESIC;
    }

    /** The surface per-km² figures and densities divide by. */
    @JsonIgnore
    public double forRatesKm2() {
        return OFFICIAL.equals(basis()) ? oficialKm2 : geodesicaKm2;
    }
}
