package cl.sit.filter;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The names a filter may use on a layer: every attribute of the registry, and {@code geometry} for the layer's
 * geometry (column {@code geom}) when it has one.
 */
public final class Queryables {

    /** The queryable name of a layer's geometry. */
    public static final String GEOMETRY = "geometry";

    private Queryables() {}

    public static List<String> names(Layer layer) {
        List<String> names = new ArrayList<>(
                layer.attributes().stream().map(LayerAttribute::name).toList());
        if (hasGeometry(layer)) {
            names.add(GEOMETRY);
        }
        return names;
    }

    public static boolean hasGeometry(Layer layer) {
        return !layer.geometryType().equals("None");
    }

    /** The attribute of a queryable name; empty for the geometry. */
    static Optional<LayerAttribute> attribute(Layer layer, String name) {
        return layer.attribute(name);
    }

    /** The type of a queryable, or an error naming it and listing the queryables. */
    static Type type(Layer layer, String name) {
        Optional<LayerAttribute> a = layer.attribute(name);
        if (a.isPresent()) {
            return Type.of(a.get().type());
        }
        if (name.equals(GEOMETRY) && hasGeometry(layer)) {
            return Type.GEOMETRY;
        }
        throw new InvalidFilter("La propiedad '" + name + "' no existe en la colección " + layer.id()
                + ". Consultables: " + String.join(", ", names(layer)) + " (ver /collections/" + layer.id()
                + "/queryables)");
    }

    /** Value types of CQL2 as SIT checks them. */
    enum Type {
        STRING("texto"),
        NUMBER("número"),
        BOOLEAN("booleano"),
        DATE("fecha DATE('AAAA-MM-DD')"),
        TIMESTAMP("instante TIMESTAMP('...')"),
        GEOMETRY("geometría");

        final String spanish;

        Type(String spanish) {
            this.spanish = spanish;
        }

        static Type of(AttributeType t) {
            return switch (t) {
                case STRING -> STRING;
                case INTEGER, NUMBER -> NUMBER;
                case BOOLEAN -> BOOLEAN;
                case DATE -> DATE;
            };
        }
    }
}
