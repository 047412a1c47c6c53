package cl.sit.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Query parameters renamed to Spanish (SIT's own API speaks Spanish; names from standards stay): the old English
 * name is still accepted for one release, as a deprecated alias of the new one. Both given with the same value is
 * fine; both given with different values is a 400 {@code InvalidParameter}. See docs/api.md, "Nombres de campos".
 *
 * <p>The renames are the {@link Group}s below, the one list to delete in release {@value #REMOVED_IN}. A resource
 * resolves the request's parameters with its groups once, before checking them, so everything after sees the new
 * names only; its handler method says which groups it accepts with {@link Accepts}, which is how the OpenAPI test
 * ({@code H2gisApiRoutesDocumentedIT}) knows that each new and each old name must be documented, the old ones as
 * deprecated. JSON request bodies whose members were renamed go through {@link #fields(JsonNode, Map)}.
 */
public final class RenamedParameters {

    /** The release in which the old names stop being accepted. */
    public static final String REMOVED_IN = "0.2.0";

    /** One set of renamed query parameters (old name → new name). */
    public enum Group {
        /** The investment period of the indicators, the dashboard and the profile. */
        PERIOD(Map.of("from", "desde", "to", "hasta", "amount", "monto")),
        /** The year range of vector tiles and the investment map. */
        YEARS(Map.of("from", "desde", "to", "hasta")),
        /** {@code /api/indicators}, besides its {@link #PERIOD}. */
        INDICATORS(Map.of("level", "nivel", "by", "por", "asOf", "fecha")),
        /** Vector tiles, besides their {@link #YEARS}. */
        TILES(Map.of("compact", "compacto")),
        /** {@code /api/investments/at}, besides the map's {@link #YEARS}. */
        MAP_POINT(Map.of("tolerance_px", "tolerancia_px")),
        /** {@code /api/overlaps}. */
        OVERLAPS(Map.of("distance_m", "distancia_m")),
        /** {@code /api/screening}. */
        SCREENING(Map.of("buffer_m", "margen_m")),
        /** {@code DELETE /api/users/{username}/grants}. */
        GRANT(Map.of("layer", "capa")),
        /** {@code /api/map/sheet}. */
        MAP_SHEET(Map.of(
                "layers",
                "capas",
                "title",
                "titulo",
                "subtitle",
                "subtitulo",
                "paper",
                "papel",
                "orientation",
                "orientacion"));

        private final Map<String, String> renames;

        Group(Map<String, String> renames) {
            this.renames = renames;
        }

        /** Old name → new name. */
        public Map<String, String> renames() {
            return renames;
        }
    }

    /**
     * On a handler method: the groups of old names its resource accepts (resolved by the code it calls with
     * {@link #resolve(Map, Group...)}).
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Accepts {
        Group[] value();
    }

    private RenamedParameters() {}

    /** The parameters with every old name of {@code groups} replaced by its new one; see {@link #resolve(Map, Map)}. */
    public static Map<String, String[]> resolve(Map<String, String[]> params, Group... groups) {
        return resolve(params, renames(groups));
    }

    /**
     * The parameters with every old name of {@code renames} (old → new) replaced by its new name; a 400 when a
     * request gives an old and a new name with different values.
     */
    public static Map<String, String[]> resolve(Map<String, String[]> params, Map<String, String> renames) {
        if (renames.keySet().stream().noneMatch(params::containsKey)) {
            return params;
        }
        Map<String, String[]> resolved = new LinkedHashMap<>(params);
        for (Map.Entry<String, String> r : renames.entrySet()) {
            String[] old = resolved.remove(r.getKey());
            if (old == null) {
                continue;
            }
            String[] current = resolved.putIfAbsent(r.getValue(), old);
            if (current != null && !Arrays.equals(current, old)) {
                throw conflict(ErrorCode.INVALID_PARAMETER, r.getKey(), r.getValue());
            }
        }
        return resolved;
    }

    /**
     * A JSON request body with every old member name of {@code renames} (old → new) replaced by its new name, the
     * same rule for bodies as {@link #resolve(Map, Map)} for query parameters: the old name is accepted until release
     * {@value #REMOVED_IN}; both given with different values is a 400 {@code InvalidBody}. Only the members of
     * {@code body} itself are renamed (a caller renames nested objects with their own table); anything but an object
     * is returned as it is.
     */
    public static JsonNode fields(JsonNode body, Map<String, String> renames) {
        if (!(body instanceof ObjectNode object) || renames.keySet().stream().noneMatch(body::has)) {
            return body;
        }
        ObjectNode resolved = object.deepCopy();
        for (Map.Entry<String, String> r : renames.entrySet()) {
            JsonNode old = resolved.remove(r.getKey());
            if (old == null) {
                continue;
            }
            JsonNode current = resolved.get(r.getValue());
            if (current == null) {
                resolved.set(r.getValue(), old);
            } else if (!current.equals(old)) {
                throw conflict(ErrorCode.INVALID_BODY, r.getKey(), r.getValue());
            }
        }
        return resolved;
    }

    private static ApiException conflict(ErrorCode code, String oldName, String newName) {
        return code.exception("'" + oldName + "' es el nombre antiguo de '" + newName
                + "' y los dos tienen valores distintos; use solo '" + newName + "'");
    }

    /** The renames of {@code groups} together (old → new). */
    public static Map<String, String> renames(Group... groups) {
        Map<String, String> all = new LinkedHashMap<>();
        for (Group g : groups) {
            all.putAll(g.renames());
        }
        return all;
    }
}
