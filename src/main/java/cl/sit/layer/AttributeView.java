package cl.sit.layer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * An attribute as SIT's API answers it, with Spanish names ({@code nombre, tipo, titulo, obligatorio, dominio,
 * largo_maximo, minimo, maximo, solo_lectura}); absent members are unconstrained, and {@code solo_lectura} is only
 * written for the columns SIT keeps. {@code GET /api/editing/me}, {@code GET /api/layers/templates} and the answer
 * of {@code POST /api/layers} write attributes this way.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttributeView(
        @JsonProperty("nombre") String name,
        @JsonProperty("tipo") String type,
        @JsonProperty("titulo") String title,
        @JsonProperty("obligatorio") boolean required,
        @JsonProperty("dominio") List<String> domain,
        @JsonProperty("largo_maximo") Integer maxLength,
        @JsonProperty("minimo") Double min,
        @JsonProperty("maximo") Double max,
        @JsonProperty("solo_lectura") Boolean readOnly) {

    public static AttributeView of(LayerAttribute a) {
        return new AttributeView(
                a.name(),
                a.type().jsonName(),
                a.title(),
                a.required(),
                a.domain().isEmpty() ? null : a.domain(),
                a.maxLength(),
                a.min(),
                a.max(),
                a.readOnly() ? Boolean.TRUE : null);
    }

    /** The views of {@code attributes}, in their order. */
    public static List<AttributeView> of(List<LayerAttribute> attributes) {
        return attributes.stream().map(AttributeView::of).toList();
    }
}
