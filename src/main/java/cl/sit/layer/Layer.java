package cl.sit.layer;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A layer of the registry, served as one OGC API collection.
 *
 * @param id collection id used in URLs (e.g. {@code comunas})
 * @param title Spanish title
 * @param description Spanish description
 * @param table table or view holding the features
 * @param idColumn column holding the feature id
 * @param geometryType OGC geometry type name ({@code Point}, {@code MultiPolygon}, {@code Geometry}, ...)
 * @param attributes attribute schema, in display order
 * @param style default Leaflet style (path options)
 * @param illustrative true when the data are generated, not real
 * @param source where the data come from
 * @param defaultVisible shown when the map opens
 * @param editable features are edited in SIT (owned by a commune, versioned, with history)
 * @param packageName the package an editable layer belongs to ({@code agenda21}), or null
 */
public record Layer(
        String id,
        String title,
        String description,
        String table,
        String idColumn,
        String geometryType,
        List<LayerAttribute> attributes,
        JsonNode style,
        boolean illustrative,
        String source,
        boolean defaultVisible,
        boolean editable,
        String packageName) {

    /** Name of the geometry column in every layer table (EPSG:4326). */
    public static final String GEOMETRY_COLUMN = "geom";

    /** Columns every editable layer has, kept by SIT. */
    public static final String OWNER_COLUMN = "cut";

    public static final String VERSION_COLUMN = "version";
    public static final String ILLUSTRATIVE_COLUMN = "ilustrativo";

    /** Columns of a validity period {@code [vigente_desde, vigente_hasta)} (territorial units through time). */
    public static final String VALID_FROM_COLUMN = "vigente_desde";

    public static final String VALID_TO_COLUMN = "vigente_hasta";

    public Layer {
        attributes = List.copyOf(attributes);
    }

    /** A read-only layer. */
    public Layer(
            String id,
            String title,
            String description,
            String table,
            String idColumn,
            String geometryType,
            List<LayerAttribute> attributes,
            JsonNode style,
            boolean illustrative,
            String source,
            boolean defaultVisible) {
        this(
                id,
                title,
                description,
                table,
                idColumn,
                geometryType,
                attributes,
                style,
                illustrative,
                source,
                defaultVisible,
                false,
                null);
    }

    /** The attributes clients write (editable layers): every attribute that is not read-only. */
    public List<LayerAttribute> writableAttributes() {
        return attributes.stream().filter(a -> !a.readOnly()).toList();
    }

    public Optional<LayerAttribute> attribute(String name) {
        return attributes.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /**
     * Whether the features have a validity period: attributes {@code vigente_desde} and {@code vigente_hasta}, both
     * dates. Such a layer shows what is in force today unless a reader asks about other days ({@link Validity}).
     */
    public boolean hasValidity() {
        return attribute(VALID_FROM_COLUMN)
                        .filter(a -> a.type() == AttributeType.DATE)
                        .isPresent()
                && attribute(VALID_TO_COLUMN)
                        .filter(a -> a.type() == AttributeType.DATE)
                        .isPresent();
    }

    /** Type of the feature id: the id column's attribute type, or integer for a surrogate key. */
    public AttributeType idType() {
        return attribute(idColumn).map(LayerAttribute::type).orElse(AttributeType.INTEGER);
    }
}
