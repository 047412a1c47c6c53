package cl.sit.investment;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A project's stored share in one commune, or its share outside every commune; in JSON {@code codigo},
 * {@code nombre}, {@code proporcion}, {@code metodo}.
 *
 * @param code commune CUT; null for the share outside every commune
 * @param name commune name, or {@value #OUTSIDE_NAME}
 * @param share fraction of the whole project in this commune (or outside every commune); a project's shares,
 *     its outside share included, sum to 1
 * @param method how it was computed: punto, longitud, area or cercano; {@value #OUTSIDE_METHOD} for the outside
 *     share
 */
public record TerritoryShare(
        @JsonProperty("codigo") String code,
        @JsonProperty("nombre") String name,
        @JsonProperty("proporcion") double share,
        @JsonProperty("metodo") String method) {

    static final String OUTSIDE_NAME = "Fuera de comunas";
    static final String OUTSIDE_METHOD = "fuera_de_comunas";

    /** The part of a project outside every commune, given to none. */
    static TerritoryShare outside(double share) {
        return new TerritoryShare(null, OUTSIDE_NAME, share, OUTSIDE_METHOD);
    }
}
