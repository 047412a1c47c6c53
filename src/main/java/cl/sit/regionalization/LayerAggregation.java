package cl.sit.regionalization;

import cl.sit.layer.AttributeType;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.system.ErrorCode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.springframework.stereotype.Component;

/**
 * A numeric attribute of any registered layer aggregated to the units: each feature (that the reader may see)
 * belongs to the unit containing its interior point (a point inside a polygon, a vertex near the middle of a line),
 * so it is counted once. {@code suma} (0 where a unit has none), {@code promedio} (no value where a unit has none),
 * {@code conteo} (features; no attribute needed) or {@code densidad} (the sum over the unit's surface, per km²).
 */
@Component
class LayerAggregation {

    /** Features read from one layer at most; a layer with more is refused (422). */
    static final int MAX_FEATURES = 200_000;

    static final List<String> AGGREGATIONS = List.of("suma", "promedio", "conteo", "densidad");

    private final LayerRegistry registry;
    private final FeatureStore features;
    private final LayerVisibility visibility;

    LayerAggregation(LayerRegistry registry, FeatureStore features, LayerVisibility visibility) {
        this.registry = registry;
        this.features = features;
        this.visibility = visibility;
    }

    Column column(String key, VariableRequest v, UnitSet set) {
        String layerId = v.parameter("capa");
        Layer layer = layerId == null ? null : registry.find(layerId).orElse(null);
        if (layer == null || layer.geometryType().equals("None")) {
            throw RegionalizationRequest.bad(
                    "variables", "'capa' debe ser el id de una capa con geometría; '" + layerId + "' no lo es");
        }
        String aggregation = v.parameters().getOrDefault("agregacion", "suma");
        if (!AGGREGATIONS.contains(aggregation)) {
            throw RegionalizationRequest.bad("variables", "'agregacion' debe ser una de " + AGGREGATIONS);
        }
        LayerAttribute attribute = aggregation.equals("conteo") ? null : numeric(layer, v.parameter("atributo"));
        FeatureQuery all = new FeatureQuery(null, Map.of(), visibility.visibleOwners(layer), MAX_FEATURES + 1, 0);
        if (features.count(layer, all) > MAX_FEATURES) {
            throw ErrorCode.TOO_MANY_FEATURES.exception("La capa '" + layerId + "' tiene más de " + MAX_FEATURES
                    + " elementos; no se puede agregar en una regionalización");
        }
        List<Unit> units = set.units();
        STRtree index = new STRtree();
        for (int i = 0; i < units.size(); i++) {
            index.insert(units.get(i).geometry().getEnvelopeInternal(), i);
        }
        PreparedGeometry[] prepared = units.stream()
                .map(u -> PreparedGeometryFactory.prepare(u.geometry()))
                .toArray(PreparedGeometry[]::new);
        double[] sum = new double[units.size()];
        int[] count = new int[units.size()];
        features.forEach(layer, all, f -> {
            if (f.geometry() == null || f.geometry().isEmpty()) {
                return;
            }
            Object value = attribute == null ? 1 : f.properties().get(attribute.name());
            if (!(value instanceof Number n)) {
                return;
            }
            int unit = unitOf(representative(f.geometry()), index, prepared);
            if (unit >= 0) {
                sum[unit] += n.doubleValue();
                count[unit]++;
            }
        });
        double[] out = new double[units.size()];
        Arrays.setAll(out, i -> switch (aggregation) {
            case "promedio" -> count[i] == 0 ? Double.NaN : sum[i] / count[i];
            case "densidad" -> sum[i] / units.get(i).surfaceKm2();
            case "conteo" -> count[i];
            default -> sum[i];
        });
        String what = attribute == null ? "elementos" : attribute.title();
        return new Column(
                key,
                v.variable().id,
                layer.title() + ": " + aggregation + " de " + what,
                aggregation.equals("densidad") ? "por km²" : "",
                out,
                layer.source() + "; cada elemento en la unidad que contiene su punto interior");
    }

    private static LayerAttribute numeric(Layer layer, String name) {
        LayerAttribute a = name == null ? null : layer.attribute(name).orElse(null);
        if (a == null || !(a.type() == AttributeType.NUMBER || a.type() == AttributeType.INTEGER)) {
            throw RegionalizationRequest.bad(
                    "variables",
                    "'atributo' debe ser un atributo numérico de la capa '"
                            + layer.id() + "': "
                            + layer.attributes().stream()
                                    .filter(x -> x.type() == AttributeType.NUMBER || x.type() == AttributeType.INTEGER)
                                    .map(LayerAttribute::name)
                                    .toList());
        }
        return a;
    }

    /** A point inside a polygon, on a line, or among points: JTS's interior point. */
    private static Point representative(Geometry g) {
        return g.getInteriorPoint();
    }

    private static int unitOf(Point p, STRtree index, PreparedGeometry[] prepared) {
        @SuppressWarnings("unchecked")
        List<Integer> candidates = index.query(p.getEnvelopeInternal());
        return candidates.stream()
                .sorted()
                .filter(i -> prepared[i].covers(p))
                .findFirst()
                .orElse(-1);
    }
}
