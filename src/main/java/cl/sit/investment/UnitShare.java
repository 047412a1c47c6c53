package cl.sit.investment;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A project's share in a unit above its communes, from the membership model ({@code investment_unit_share}); in
 * JSON {@code codigo}, {@code nombre}, {@code nivel}, {@code proporcion}.
 *
 * @param code the unit's code: CUT of a province (3 digits) or the region (2), or a custom territory's code
 * @param name the unit's name
 * @param level {@code region}, {@code provincia} or {@code personalizado}
 * @param share fraction of the whole project in the unit: the sum of its communes' shares (for a drawn custom
 *     territory, the part of the project inside it); the part outside every commune is in no unit
 */
public record UnitShare(
        @JsonProperty("codigo") String code,
        @JsonProperty("nombre") String name,
        @JsonProperty("nivel") String level,
        @JsonProperty("proporcion") double share) {}
