package cl.sit.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Splits a geometry (EPSG:4326) across territorial units (communes) by geodesic share:
 * <ul>
 *   <li>points go to the unit that covers them; a point on a shared border goes to the unit with the lowest
 *       code, so the result never depends on input order; the points of a multipoint weigh the same;</li>
 *   <li>lines are split by geodesic length (metres) of their intersection with each unit;</li>
 *   <li>polygons by geodesic area of the intersection.</li>
 * </ul>
 * Shares are normalised over the parts that fall inside some unit, so they sum to 1; what lies outside every
 * unit (the sea, a river the boundaries leave out) is reported as {@link Result#outsideFraction()}. A geometry
 * entirely outside goes to the nearest unit within {@code nearestToleranceM} (method {@link Method#NEAREST}),
 * or to none. Intersections are planar in longitude/latitude (as in PostGIS), measures geodesic on WGS 84.
 * Thread-safe once built.
 */
public final class TerritorySplit {

    /** How a share was computed; the Spanish name is what SIT stores. */
    public enum Method {
        POINT("punto"), LENGTH("longitud"), AREA("area"), NEAREST("cercano");

        private final String stored;

        Method(String stored) {
            this.stored = stored;
        }

        public String stored() {
            return stored;
        }
    }

    /** A unit to split across: its code (CUT) and boundary. */
    public record Unit(String code, Geometry geometry) {}

    /** One unit's share of a geometry. */
    public record Share(String code, double share, Method method) {}

    /**
     * @param shares shares by unit code (ascending), summing to 1; empty when nothing was found
     * @param outsideFraction part of the geometry (by count, length or area) outside every unit, 0 to 1
     * @param nearestDistanceM for {@link Method#NEAREST}, the geodesic distance to that unit; otherwise 0
     */
    public record Result(List<Share> shares, double outsideFraction, double nearestDistanceM) {

        public boolean linked() {
            return !shares.isEmpty();
        }
    }

    private record Indexed(Unit unit, PreparedGeometry prepared) {}

    private static final double METRES_PER_DEGREE = 111_320;

    private final STRtree index = new STRtree();
    private final double nearestToleranceM;

    public TerritorySplit(Collection<Unit> units, double nearestToleranceM) {
        for (Unit u : units) {
            index.insert(u.geometry().getEnvelopeInternal(), new Indexed(u, PreparedGeometryFactory.prepare(u.geometry())));
        }
        index.build();
        this.nearestToleranceM = nearestToleranceM;
    }

    /** Shortcut for a one-off split. */
    public static Result split(Collection<Unit> units, Geometry geometry) {
        return new TerritorySplit(units, 0).split(geometry);
    }

    public Result split(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return new Result(List.of(), 1, 0);
        }
        Result inside = switch (geometry.getDimension()) {
            case 0 -> points(geometry);
            case 1 -> measured(geometry, Method.LENGTH);
            default -> measured(geometry, Method.AREA);
        };
        return inside.linked() ? inside : nearest(geometry);
    }

    private Result points(Geometry geometry) {
        Map<String, Double> weights = new TreeMap<>();
        int n = geometry.getNumGeometries();
        int outside = 0;
        for (int i = 0; i < n; i++) {
            Point p = (Point) geometry.getGeometryN(i);
            String code = coveringUnit(p);
            if (code == null) {
                outside++;
            } else {
                weights.merge(code, 1.0, Double::sum);
            }
        }
        return normalised(weights, Method.POINT, (double) outside / n);
    }

    private String coveringUnit(Point p) {
        String best = null;
        for (Object o : index.query(p.getEnvelopeInternal())) {
            Indexed c = (Indexed) o;
            if (c.prepared().covers(p) && (best == null || c.unit().code().compareTo(best) < 0)) {
                best = c.unit().code();
            }
        }
        return best;
    }

    private Result measured(Geometry geometry, Method method) {
        Map<String, Double> measures = new TreeMap<>();
        for (Object o : index.query(geometry.getEnvelopeInternal())) {
            Indexed c = (Indexed) o;
            if (!c.prepared().intersects(geometry)) {
                continue;
            }
            Geometry piece = c.prepared().containsProperly(geometry) ? geometry
                    : OverlayNGRobust.overlay(geometry, c.unit().geometry(), OverlayNG.INTERSECTION);
            double m = measure(piece, method);
            if (m > 0) {
                measures.put(c.unit().code(), m);
            }
        }
        double total = measure(geometry, method);
        double inside = measures.values().stream().mapToDouble(Double::doubleValue).sum();
        return normalised(measures, method, total > 0 ? Math.max(0, 1 - inside / total) : 1);
    }

    private static double measure(Geometry g, Method method) {
        return method == Method.LENGTH ? GeodesicMeasure.lengthM(g) : GeodesicMeasure.areaM2(g);
    }

    private static Result normalised(Map<String, Double> weights, Method method, double outsideFraction) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        List<Share> shares = new ArrayList<>();
        if (sum > 0) {
            weights.forEach((code, w) -> shares.add(new Share(code, w / sum, method)));
        }
        return new Result(shares, outsideFraction, 0);
    }

    /** The unit nearest to a geometry outside all of them, if within the tolerance. */
    private Result nearest(Geometry geometry) {
        if (nearestToleranceM <= 0) {
            return new Result(List.of(), 1, 0);
        }
        Envelope search = geometry.getEnvelopeInternal().copy();
        double lat = Math.cos(Math.toRadians(search.centre().y));
        search.expandBy(nearestToleranceM / METRES_PER_DEGREE / Math.max(lat, 0.01),
                nearestToleranceM / METRES_PER_DEGREE);
        List<Indexed> candidates = new ArrayList<>();
        for (Object o : index.query(search)) {
            candidates.add((Indexed) o);
        }
        candidates.sort(Comparator.comparing(c -> c.unit().code()));
        String best = null;
        double bestM = Double.POSITIVE_INFINITY;
        for (Indexed c : candidates) {
            Coordinate[] pair = DistanceOp.nearestPoints(geometry, c.unit().geometry());
            double m = Geodesic.WGS84.Inverse(pair[0].y, pair[0].x, pair[1].y, pair[1].x).s12;
            if (m < bestM) {
                bestM = m;
                best = c.unit().code();
            }
        }
        if (best == null || bestM > nearestToleranceM) {
            return new Result(List.of(), 1, 0);
        }
        return new Result(List.of(new Share(best, 1, Method.NEAREST)), 1, bestM);
    }
}
