package cl.sit.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A project ranked by its amount in a territory.
 *
 * @param id project id
 * @param codigoBip BIP code, or null
 * @param nombre name
 * @param programa programme
 * @param sector sector
 * @param etapa stage
 * @param anioInicio first year
 * @param anioFin last year
 * @param costoTotalClp total cost of the whole project, CLP
 * @param proporcion share of the project that falls in the territory (0 to 1), from the stored commune shares
 *     (times the commune weights of a custom territory)
 * @param montoClp amount of the period in the territory: the project's yearly amounts times {@code proporcion}
 * @param ilustrativo whether the project is illustrative (generated), not real
 * @param fueraDeComunas share of the whole project outside every commune (0 to 1): given to no territory, so never
 *     part of {@code proporcion}
 */
public record TopProject(
        int id,
        @JsonProperty("codigo_bip") String codigoBip,
        String nombre,
        String programa,
        String sector,
        String etapa,
        @JsonProperty("anio_inicio") int anioInicio,
        @JsonProperty("anio_fin") int anioFin,
        @JsonProperty("costo_total_clp") long costoTotalClp,
        double proporcion,
        @JsonProperty("monto_clp") double montoClp,
        boolean ilustrativo,
        @JsonProperty("fuera_de_comunas") double fueraDeComunas) {}
