package cl.sit.system;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query parameters renamed to Spanish (SIT's own API speaks Spanish; names from standards stay): the old English
 * name is still accepted for one release, as a deprecated alias of the new one. Both given with the same value is
 * fine; both given with different values is a 400 {@code InvalidParameter}. See docs/api.md, "Nombres de campos".
 *
 * <p>Each resource lists its own renames (old name → new name) and resolves the request's parameters once, before
 * checking them, so everything after sees the new names only.
 */
public final class RenamedParameters {

    /** The release in which the old names stop being accepted. */
    public static final String REMOVED_IN = "0.2.0";

    /** The investment period of the indicators, the dashboard and the profile. */
    public static final Map<String, String> PERIOD = Map.of("from", "desde", "to", "hasta", "amount", "monto");

    /** The year range of vector tiles and the investment map. */
    public static final Map<String, String> YEARS = Map.of("from", "desde", "to", "hasta");

    private RenamedParameters() {
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
                throw ErrorCode.INVALID_PARAMETER.exception("'" + r.getKey() + "' es el nombre antiguo de '"
                        + r.getValue() + "' y los dos tienen valores distintos; use solo '" + r.getValue() + "'");
            }
        }
        return resolved;
    }

    /** The renames of two groups together, for {@link #resolve}. */
    public static Map<String, String> union(Map<String, String> a, Map<String, String> b) {
        Map<String, String> all = new LinkedHashMap<>(a);
        all.putAll(b);
        return all;
    }
}
