package cl.sit.layer;

import cl.sit.storage.Identifiers;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A layer's attribute schema as JSON, {@code [{name, type, title, required?, domain?, maxLength?, min?, max?}]},
 * under either of its two sets of member names: {@link Names#STORED}, the English names kept in the registry's
 * {@code layer.attributes} column and in the templates file (storage, not API: they do not change), and
 * {@link Names#API}, the Spanish names of SIT's API ({@code POST /api/layers}; the answers write them through
 * {@link AttributeView}). See docs/api.md, "Nombres de campos".
 */
final class AttributeSchema {

    /** The member names of one schema form. */
    enum Names {
        /** The registry's column and the templates file. */
        STORED("name", "type", "title", "required", "domain", "maxLength", "min", "max"),
        /** SIT's API, as {@code GET /api/editing/me} has written it since the first naming round. */
        API("nombre", "tipo", "titulo", "obligatorio", "dominio", "largo_maximo", "minimo", "maximo");

        final String name;
        final String type;
        final String title;
        final String required;
        final String domain;
        final String maxLength;
        final String min;
        final String max;

        Names(
                String name,
                String type,
                String title,
                String required,
                String domain,
                String maxLength,
                String min,
                String max) {
            this.name = name;
            this.type = type;
            this.title = title;
            this.required = required;
            this.domain = domain;
            this.maxLength = maxLength;
            this.min = min;
            this.max = max;
        }
    }

    private AttributeSchema() {}

    /** Parses a schema written with {@code names}; a runtime exception when an attribute lacks a member it needs. */
    static List<LayerAttribute> read(JsonNode schema, Names names) {
        List<LayerAttribute> out = new ArrayList<>();
        for (JsonNode a : schema) {
            List<String> domain = new ArrayList<>();
            for (JsonNode v : a.path(names.domain)) {
                domain.add(v.asString());
            }
            out.add(new LayerAttribute(
                    plain(a.get(names.name).asString()),
                    AttributeType.fromJsonName(a.get(names.type).asString()),
                    a.get(names.title).asString(),
                    a.path(names.required).asBoolean(false),
                    domain,
                    a.hasNonNull(names.maxLength) ? a.get(names.maxLength).asInt() : null,
                    a.hasNonNull(names.min) ? a.get(names.min).asDouble() : null,
                    a.hasNonNull(names.max) ? a.get(names.max).asDouble() : null,
                    false));
        }
        return out;
    }

    /** The schema in its stored form (absent members are unconstrained). */
    static ArrayNode stored(List<LayerAttribute> attributes) {
        Names n = Names.STORED;
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (LayerAttribute a : attributes) {
            ObjectNode o = array.addObject()
                    .put(n.name, a.name())
                    .put(n.type, a.type().jsonName())
                    .put(n.title, a.title());
            if (a.required()) {
                o.put(n.required, true);
            }
            if (!a.domain().isEmpty()) {
                ArrayNode domain = o.putArray(n.domain);
                a.domain().forEach(domain::add);
            }
            if (a.maxLength() != null) {
                o.put(n.maxLength, a.maxLength());
            }
            if (a.min() != null) {
                o.put(n.min, a.min());
            }
            if (a.max() != null) {
                o.put(n.max, a.max());
            }
        }
        return array;
    }

    static String plain(String identifier) {
        if (!Identifiers.isPlain(identifier)) {
            throw new IllegalStateException("Layer registry holds an unsafe SQL name: " + identifier);
        }
        return identifier;
    }
}
