package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.filter.Expr;
import cl.sit.filter.Filters;
import cl.sit.filter.GeometryLiterals;
import cl.sit.filter.InvalidFilter;
import cl.sit.filter.Queryables;
import cl.sit.layer.FeatureFilter;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.SortKey;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Part 3 parameters of {@code /items} and their neighbours: {@code filter} with {@code filter-lang}
 * ({@code cql2-text}, the default, or {@code cql2-json}) and {@code filter-crs}; {@code sortby}
 * ({@code -costo,nombre}: {@code -} descending, {@code +} or nothing ascending); {@code properties} (the
 * attributes to return); and {@code geometry=<WKT>}, the geometry queryable as a parameter (features whose
 * geometry intersects it). Names are checked against the layer registry; anything wrong is a 400.
 */
final class FilterParameters {

    static final Set<String> NAMES =
            Set.of("filter", "filter-lang", "filter-crs", "sortby", "properties", Queryables.GEOMETRY);

    private FilterParameters() {}

    /** The checked filter, or null when there is none. */
    static FeatureFilter filter(Layer layer, Map<String, String[]> params) {
        String text = single(params, "filter");
        String language = single(params, "filter-lang");
        String crs = single(params, "filter-crs");
        String geometry = single(params, Queryables.GEOMETRY);
        if (text == null && (language != null || crs != null)) {
            throw invalid("filter-lang", "filter-lang y filter-crs solo se usan junto con filter");
        }
        if (text == null && geometry == null) {
            return null;
        }
        language = language == null ? Filters.CQL2_TEXT : language;
        if (!language.equals(Filters.CQL2_TEXT) && !language.equals(Filters.CQL2_JSON)) {
            throw invalid("filter-lang", "'" + language + "' no es un lenguaje de filtro; use cql2-text o cql2-json");
        }
        ServedCrs filterCrs = filterCrs(crs);
        try {
            Expr expr = text == null ? null : toCrs84(Filters.parse(text, language), filterCrs);
            if (geometry != null) {
                // The geometry queryable as a parameter: a WKT geometry the features must intersect.
                Expr intersects = Filters.intersectsWkt(geometry);
                expr = expr == null ? intersects : new Expr.And(List.of(expr, intersects));
            }
            return Filters.bind(expr, layer);
        } catch (InvalidFilter e) {
            throw ErrorCode.INVALID_FILTER.exception(e.getMessage());
        }
    }

    /** The CRS of the filter's geometries: CRS84 unless {@code filter-crs} names another served CRS. */
    private static ServedCrs filterCrs(String crs) {
        if (crs == null) {
            return ServedCrs.CRS84;
        }
        return ServedCrs.fromUri(crs)
                .orElseThrow(
                        () -> invalid("filter-crs", "'" + crs + "' no está soportado; use uno de " + ServedCrs.uris()));
    }

    /**
     * The filter's geometry literals (given in {@code crs}, in its axis order) in CRS84, vertex by vertex: an edge
     * stays straight in CRS84, which for a polygon of a few kilometres differs from the straight edge in UTM by
     * centimetres.
     */
    private static Expr toCrs84(Expr expr, ServedCrs crs) {
        try {
            return crs == ServedCrs.CRS84 ? expr : GeometryLiterals.map(expr, crs::toCrs84);
        } catch (IllegalArgumentException e) {
            throw invalid("filter-crs", "una geometría del filtro está fuera del dominio de " + crs.title());
        }
    }

    static List<SortKey> sortBy(Layer layer, Map<String, String[]> params) {
        String text = single(params, "sortby");
        if (text == null) {
            return List.of();
        }
        List<SortKey> keys = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            // '+' arrives as a space when not percent-encoded: strip() already removed it.
            boolean descending = p.startsWith("-");
            String name = p.startsWith("-") || p.startsWith("+") ? p.substring(1) : p;
            if (layer.attribute(name).isEmpty()) {
                throw invalid(
                        "sortby",
                        "'" + name + "' no es un atributo de la colección " + layer.id() + ". Se puede ordenar por: "
                                + attributeNames(layer));
            }
            keys.add(new SortKey(name, !descending));
        }
        return keys;
    }

    /** The attributes to return, or null for all. */
    static List<String> properties(Layer layer, Map<String, String[]> params) {
        String text = single(params, "properties");
        if (text == null) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (layer.attribute(name).isEmpty()) {
                throw invalid(
                        "properties",
                        "'" + name + "' no es un atributo de la colección " + layer.id() + ". Atributos: "
                                + attributeNames(layer));
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    private static String attributeNames(Layer layer) {
        return String.join(
                ", ", layer.attributes().stream().map(LayerAttribute::name).toList());
    }

    private static String single(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null ? null : v[0];
    }

    private static ApiException invalid(String name, String description) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro '" + name + "': " + description);
    }
}
