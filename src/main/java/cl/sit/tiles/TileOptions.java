package cl.sit.tiles;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a tile request asks beyond its coordinates, parsed once from its query parameters and part of the tile's
 * cache key:
 * <ul>
 *   <li>{@code <attribute>=value}: only features whose text attribute (from the registry) equals the value;</li>
 *   <li>{@code desde} / {@code hasta} (years, for layers with integer {@code anio_inicio} and {@code anio_fin}): only
 *       features whose years {@code [anio_inicio, anio_fin]} meet the range;</li>
 *   <li>{@code compacto=true}: a map's tile: points thinned to one per pixel cell ({@value #CELL} grid units, a
 *       pixel of a 256 pixel tile) carrying the number of features in the cell as {@code n}; lines and polygons smaller
 *       than {@link #DOT} both ways counted there too, larger ones with their feature id only. A tile of the whole
 *       country at zoom 5 stays small however many points there are; the map asks the server for the features near a
 *       click.</li>
 * </ul>
 * The old names {@code from}, {@code to} and {@code compact} are accepted until release
 * {@value RenamedParameters#REMOVED_IN}. Anything else is a 400.
 *
 * @param equalTo text attribute to required value, sorted by name
 * @param from first year, or null
 * @param to last year, or null
 * @param compact points per pixel cell with a count, no other properties
 */
public record TileOptions(Map<String, String> equalTo, Integer from, Integer to, boolean compact) {

    /** No filter, every property: the tile QGIS and MapLibre read. */
    public static final TileOptions NONE = new TileOptions(Map.of(), null, null, false);

    /** Grid units (of {@link TileCoordinates#EXTENT}) in one pixel cell of a compact tile. */
    public static final int CELL = 16;

    /**
     * Lines and polygons smaller than this both ways (grid units: 4 pixels) are counted in the pixel cell of a point
     * on them in a compact tile: drawn at that size they would look like a dot, and a tile of the whole country
     * would otherwise carry every small path.
     */
    public static final int DOT = 64;

    /** Longest filter value accepted, characters. */
    static final int MAX_VALUE = 200;

    /** Largest year accepted (a year being typed, such as 2 or 20, is a valid filter that matches nothing). */
    static final int MAX_YEAR = 9999;

    public static final String START_YEAR = "anio_inicio";
    public static final String END_YEAR = "anio_fin";

    public TileOptions {
        equalTo = new TreeMap<>(equalTo);
    }

    /** Parses the request's parameters against the layer's attributes ({@code extra} names are also allowed). */
    public static TileOptions parse(Layer layer, Map<String, String[]> request, Set<String> extra) {
        Map<String, String[]> params =
                RenamedParameters.resolve(request, RenamedParameters.Group.YEARS, RenamedParameters.Group.TILES);
        Set<String> allowed = new HashSet<>(extra);
        allowed.add("compacto");
        boolean years = hasYears(layer);
        if (years) {
            allowed.addAll(List.of("desde", "hasta"));
        }
        layer.attributes().stream()
                .filter(a -> a.type() == AttributeType.STRING)
                .map(LayerAttribute::name)
                .forEach(allowed::add);
        QueryParameters q = QueryParameters.of(params, allowed);
        Map<String, String> equalTo = new TreeMap<>();
        for (LayerAttribute a : layer.attributes()) {
            String value = a.type() == AttributeType.STRING ? q.text(a.name()) : null;
            if (value != null) {
                if (value.length() > MAX_VALUE) {
                    throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                            "El valor de '" + a.name() + "' es demasiado largo (máximo " + MAX_VALUE + " caracteres)");
                }
                equalTo.put(a.name(), value);
            }
        }
        Integer from = years ? year(q, "desde") : null;
        Integer to = years ? year(q, "hasta") : null;
        String compact = q.text("compacto");
        if (compact != null && !compact.equals("true") && !compact.equals("false")) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception("compacto debe ser true o false");
        }
        return new TileOptions(equalTo, from, to, "true".equals(compact));
    }

    private static Integer year(QueryParameters q, String name) {
        return q.text(name) == null ? null : q.integer(name, 0, 0, MAX_YEAR);
    }

    static boolean hasYears(Layer layer) {
        return layer.attribute(START_YEAR)
                        .filter(a -> a.type() == AttributeType.INTEGER)
                        .isPresent()
                && layer.attribute(END_YEAR)
                        .filter(a -> a.type() == AttributeType.INTEGER)
                        .isPresent();
    }

    /** Whether features are filtered at all. */
    public boolean filters() {
        return !equalTo.isEmpty() || from != null || to != null;
    }

    /**
     * The filter as SQL conditions, each starting with {@code AND} (empty when there is none); the values are
     * added to {@code params} in order. Column names come from the registry (the parse checked them).
     */
    public String sql(List<Object> params) {
        StringBuilder sb = new StringBuilder();
        equalTo.forEach((name, value) -> {
            sb.append(" AND ").append(quote(name)).append(" = ?");
            params.add(value);
        });
        if (from != null) {
            sb.append(" AND ").append(quote(END_YEAR)).append(" >= ?");
            params.add(from);
        }
        if (to != null) {
            sb.append(" AND ").append(quote(START_YEAR)).append(" <= ?");
            params.add(to);
        }
        return sb.toString();
    }

    /** Whether a feature with these properties passes the filter (the same rule as {@link #sql}). */
    public boolean matches(Map<String, Object> properties) {
        for (Map.Entry<String, String> e : equalTo.entrySet()) {
            if (!Objects.equals(e.getValue(), properties.get(e.getKey()))) {
                return false;
            }
        }
        if (from != null && !(properties.get(END_YEAR) instanceof Number end && end.intValue() >= from)) {
            return false;
        }
        return to == null || properties.get(START_YEAR) instanceof Number start && start.intValue() <= to;
    }

    /** A text that differs whenever the tile's bytes may differ (for the tile cache). */
    String key() {
        return equalTo + "|" + from + "|" + to + "|" + compact;
    }
}
