package cl.sit.territory;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A custom territory: an association of communes or a drawn zone, usable in every indicator. In JSON with
 * snake_case Spanish names ({@code area_km2, creado_por, creado_en}).
 *
 * @param codigo code used in URLs and indicator rows
 * @param nombre name
 * @param descripcion description, or null
 * @param tipo {@code comunas} or {@code poligono}
 * @param areaKm2 land area in km²: the communes' geodesic areas times their weights
 * @param comunas member communes with their weights
 * @param creadoPor user who created it
 * @param creadoEn when
 */
public record CustomTerritory(
        String codigo,
        String nombre,
        String descripcion,
        String tipo,
        @JsonProperty("area_km2") double areaKm2,
        List<Member> comunas,
        @JsonProperty("creado_por") String creadoPor,
        @JsonProperty("creado_en") OffsetDateTime creadoEn) {

    /**
     * A member commune.
     *
     * @param cut commune CUT
     * @param nombre commune name
     * @param peso weight: 1 for a whole commune; for a drawn zone, the share of the commune's area inside it
     */
    public record Member(String cut, String nombre, double peso) {}
}
