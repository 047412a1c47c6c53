package cl.sit.layer;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.geometry.Geometries;
import cl.sit.storage.Wkb;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Builds the SELECT statements of {@link JdbcFeatureStore} for one layer. Identifiers come from the registry
 * (quoted), every value is a bound parameter. The same SQL runs on H2GIS and PostGIS: {@code &&} selects
 * candidates through the spatial index, {@code ST_Intersects} makes the bbox test exact.
 */
final class FeatureSql {

    /** A statement and its parameters, in order. */
    record Statement(String sql, List<Object> parameters) {}

    private FeatureSql() {}

    static Statement select(Layer layer, FeatureQuery query) {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT " + columns(layer) + " FROM " + quote(layer.table()) + where(layer, query, params)
                + orderBy(layer, query) + " LIMIT ? OFFSET ?";
        params.add(query.limit());
        params.add(query.offset());
        return new Statement(sql, params);
    }

    static Statement count(Layer layer, FeatureQuery query) {
        List<Object> params = new ArrayList<>();
        return new Statement("SELECT COUNT(*) FROM " + quote(layer.table()) + where(layer, query, params), params);
    }

    /** {@code template} with {@code {where}} replaced by the query's filters (its page is ignored). */
    static Statement filtered(Layer layer, String template, FeatureQuery query) {
        List<Object> params = new ArrayList<>();
        return new Statement(template.replace("{where}", where(layer, query, params)), params);
    }

    static Statement byId(Layer layer, Object id) {
        return new Statement(
                "SELECT " + columns(layer) + " FROM " + quote(layer.table()) + " WHERE " + quote(layer.idColumn())
                        + " = ?",
                List.of(id));
    }

    /** The sort keys (NULLs last ascending, first descending, as on PostgreSQL), then the id. */
    private static String orderBy(Layer layer, FeatureQuery query) {
        StringBuilder sb = new StringBuilder(" ORDER BY ");
        for (SortKey k : query.sortBy()) {
            LayerAttribute attribute = layer.attribute(k.attribute())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown attribute " + k.attribute()));
            sb.append(quote(attribute.name())).append(k.ascending() ? " ASC NULLS LAST, " : " DESC NULLS FIRST, ");
        }
        return sb.append(quote(layer.idColumn())).toString();
    }

    /** Id column, then every attribute, then the geometry as WKB. */
    private static String columns(Layer layer) {
        StringBuilder sb = new StringBuilder(quote(layer.idColumn()));
        for (LayerAttribute a : layer.attributes()) {
            sb.append(", ").append(quote(a.name()));
        }
        return sb.append(", ST_AsBinary(")
                .append(quote(Layer.GEOMETRY_COLUMN))
                .append(')')
                .toString();
    }

    private static String where(Layer layer, FeatureQuery query, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (query.bbox() != null) {
            // The box as the geometry it is: a box of no width or height is a line or a point, which PostGIS's
            // ST_Intersects does not find in the collapsed polygon ST_MakeEnvelope would make of it.
            intersecting(Geometries.FACTORY.toGeometry(query.bbox()), clauses, params);
        }
        if (query.area() != null) {
            intersecting(query.area(), clauses, params);
        }
        for (Map.Entry<String, Object> e : query.equalTo().entrySet()) {
            LayerAttribute attribute = layer.attribute(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown attribute " + e.getKey()));
            clauses.add(quote(attribute.name()) + " = ?");
            params.add(e.getValue());
        }
        if (query.filter() != null) {
            clauses.add("(" + query.filter().sql(params) + ")");
        }
        if (layer.hasValidity()) {
            Validity days = query.validity() != null ? query.validity() : Validity.on(LocalDate.now(ZoneOffset.UTC));
            clauses.add(days.sql(params));
        }
        if (query.owners() != null) {
            if (query.owners().isEmpty()) {
                clauses.add("1 = 0");
            } else {
                clauses.add(quote(Layer.OWNER_COLUMN) + " IN ("
                        + String.join(", ", Collections.nCopies(query.owners().size(), "?")) + ")");
                params.addAll(query.owners().stream().sorted().toList());
            }
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    /** Adds the condition that the geometry intersects {@code area} (EPSG:4326), through the spatial index. */
    private static void intersecting(Geometry area, List<String> clauses, List<Object> params) {
        String geom = quote(Layer.GEOMETRY_COLUMN);
        String wkbArea = "ST_GeomFromWKB(?, 4326)";
        clauses.add(geom + " && " + wkbArea + " AND ST_Intersects(" + geom + ", " + wkbArea + ")");
        byte[] wkb = Wkb.write(area);
        params.add(wkb);
        params.add(wkb);
    }
}
