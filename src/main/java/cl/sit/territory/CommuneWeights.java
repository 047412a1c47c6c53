package cl.sit.territory;

import cl.sit.analysis.GeodesicMeasure;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The weight of each commune in a drawn zone: the geodesic area of the commune inside the zone over the
 * commune's geodesic area (0 to 1). Communes it does not overlap are left out. Plain JTS.
 */
final class CommuneWeights {

    /** Weights smaller than this (slivers along shared borders) are dropped. */
    static final double MIN_WEIGHT = 1e-6;

    private CommuneWeights() {}

    static Map<String, Double> of(Geometry zone, Map<String, Geometry> communes) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone);
        Map<String, Double> weights = new TreeMap<>();
        communes.forEach((cut, commune) -> {
            if (!prepared.intersects(commune)) {
                return;
            }
            double whole = GeodesicMeasure.areaM2(commune);
            double inside = prepared.covers(commune)
                    ? whole
                    : GeodesicMeasure.areaM2(OverlayNGRobust.overlay(commune, zone, OverlayNG.INTERSECTION));
            double w = whole > 0 ? Math.min(1, inside / whole) : 0;
            if (w >= MIN_WEIGHT) {
                weights.put(cut, w);
            }
        });
        return weights;
    }
}
