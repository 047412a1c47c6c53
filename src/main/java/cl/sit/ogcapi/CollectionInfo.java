package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One collection as described in {@code /collections}. Besides the OGC members it carries what the map
 * needs: geometry type, default style and visibility, attribute titles, source, and whether the data are
 * illustrative. These members are SIT's own extension and speak Spanish like SIT's API ({@code tipo_geometria,
 * fuente, visible_inicial, atributos: [{nombre, tipo, titulo}]}, docs/api.md "Nombres de campos"); {@code style}
 * keeps Leaflet's option names. {@code crs} lists every CRS the items can be asked in, {@code storageCrs} the one they are
 * stored in (CRS84), as OGC API Features Part 2 asks.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CollectionInfo(
        String id,
        String title,
        String description,
        List<Link> links,
        Extent extent,
        String itemType,
        List<String> crs,
        String storageCrs,
        @JsonProperty("tipo_geometria") String geometryType,
        boolean ilustrativo,
        @JsonProperty("fuente") String source,
        @JsonProperty("visible_inicial") boolean defaultVisible,
        JsonNode style,
        @JsonProperty("atributos") List<Attribute> attributes)
        implements HtmlView {

    static final String CRS84 = ServedCrs.CRS84.uri();

    /** Spatial extent in CRS84. */
    public record Extent(Spatial spatial) {}

    /** Bounding boxes as [minLon, minLat, maxLon, maxLat]. */
    public record Spatial(List<double[]> bbox, String crs) {}

    /** An attribute of the collection's features, with its type and Spanish title. */
    public record Attribute(
            @JsonProperty("nombre") String name,
            @JsonProperty("tipo") String type,
            @JsonProperty("titulo") String title) {}

    @Override
    public String template() {
        return "collection";
    }

    @Override
    public String pageTitle() {
        return title;
    }
}
