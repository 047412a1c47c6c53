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
 * Shares are fractions of the whole geometry. What lies outside every unit (the sea, a river the boundaries leave
 * out) is its own share, {@link Result#unassigned()}: it is given to no unit, so the units' shares plus the
 * unassigned share sum to 1. The outside part is measured itself (the geometry minus the units), not as the whole
 * minus the pieces, so a geometry inside the units has exactly 0 outside; where units overlap, shares are scaled
 * so that they never exceed the whole. A geometry entirely outside goes whole to the nearest unit within
 * {@code nearestToleranceM} (method {@link Method#NEAREST}; nothing unassigned), or to none (all unassigned).
 * Intersections are planar in longitude/latitude (as in PostGIS), measures geodesic on WGS 84. Thread-safe once
 * built.
 */
public final class TerritorySplit {

    /** How a share was computed; the Spanish name is what SIT stores. */
    public enum Method {
        POINT("punto"),
        LENGTH("longitud"),
        AREA("area"),
        NEAREST("cercano");

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
     * @param shares shares of the whole geometry by unit code (ascending); with {@link #unassigned()} they sum to
     *     1; empty when nothing was found
     * @param outsideFraction part of the geometry (by count, length or area) outside every unit, 0 to 1
     * @param nearestDistanceM for {@link Method#NEAREST}, the geodesic distance to that unit; otherwise 0
     */
    public record Result(List<Share> shares, double outsideFraction, double nearestDistanceM) {

        public boolean linked() {
            return !shares.isEmpty();
        }

        /**
         * The share given to no unit: the part outside every unit, unless the whole geometry went to the nearest
         * unit (then 0). 1 when nothing was found.
         */
        public double unassigned() {
            return shares.stream().anyMatch(s -> s.method() == Method.NEAREST) ? 0 : outsideFraction;
        }
    }

    private record Indexed(Unit unit, PreparedGeometry prepared) {}

    private final STRtree index = new STRtree();
    private final double nearestToleranceM;

    public TerritorySplit(Collection<Unit> units, double nearestToleranceM) {
        for (Unit u : units) {
            index.insert(
                    u.geometry().getEnvelopeInternal(), new Indexed(u, PreparedGeometryFactory.prepare(u.geometry())));
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
        Result inside =
                switch (geometry.getDimension()) {
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
        return fractions(weights, outside, Method.POINT);
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
        Geometry rest = geometry;
        for (Object o : index.query(geometry.getEnvelopeInternal())) {
            Indexed c = (Indexed) o;
            if (!c.prepared().intersects(geometry)) {
                continue;
            }
            boolean whole = c.prepared().containsProperly(geometry);
            Geometry piece = whole
                    ? geometry
                    : OverlayNGRobust.overlay(geometry, c.unit().geometry(), OverlayNG.INTERSECTION);
            double m = measure(piece, method);
            if (m > 0) {
                measures.put(c.unit().code(), m);
            }
            if (!rest.isEmpty()) {
                rest = whole
                        ? geometry.getFactory().createEmpty(geometry.getDimension())
                        : OverlayNGRobust.overlay(rest, c.unit().geometry(), OverlayNG.DIFFERENCE);
            }
        }
        return fractions(measures, rest.isEmpty() ? 0 : measure(rest, method), method);
    }

    private static double measure(Geometry g, Method method) {
        return method == Method.LENGTH ? GeodesicMeasure.lengthM(g) : GeodesicMeasure.areaM2(g);
    }

    /**
     * Shares of the whole from the measure of each unit's piece and of the part outside. Where units overlap, the
     * pieces add up to more than the geometry; dividing by their sum plus the outside keeps the total at 1.
     */
    private static Result fractions(Map<String, Double> measures, double outside, Method method) {
        double whole = outside
                + measures.values().stream().mapToDouble(Double::doubleValue).sum();
        if (whole <= 0) {
            return new Result(List.of(), 1, 0);
        }
        List<Share> shares = new ArrayList<>();
        measures.forEach((code, m) -> shares.add(new Share(code, m / whole, method)));
        return new Result(shares, outside / whole, 0);
    }

    /** The unit nearest to a geometry outside all of them, if within the tolerance. */
    private Result nearest(Geometry geometry) {
        if (nearestToleranceM <= 0) {
            return new Result(List.of(), 1, 0);
        }
        Envelope search = SearchEnvelope.around(geometry, nearestToleranceM);
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
