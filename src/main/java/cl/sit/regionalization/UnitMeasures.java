package cl.sit.regionalization;

import cl.sit.analysis.GeodesicMeasure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The geodesic area (m²) and boundary length (m) of each polygonal unit in EPSG:4326, and the length of border (m)
 * each pair of units shares, so that a region's area and perimeter follow without dissolving it: its area is the sum
 * of its units' areas, its perimeter the sum of their boundary lengths minus twice the borders shared inside it.
 *
 * <p>Every boundary segment is keyed by its two ends (in either direction); a segment found in two units is border
 * they share. That is exact for a coverage, where neighbours have the same vertices along their common edges (SIT's
 * commune coverage, built on a 1e-7° grid, is one). Where units do not fit exactly (census zones), only the segments
 * they have in common count as shared, so a region's perimeter may come out longer than its dissolved outline's.
 * Immutable.
 */
public final class UnitMeasures {

    private final int size;
    private final double[] areaM2;
    private final double[] boundaryM;
    /** Shared border by pair {@code a * size + b}, {@code a < b}. */
    private final Map<Long, Double> sharedM;

    private UnitMeasures(int size, double[] areaM2, double[] boundaryM, Map<Long, Double> sharedM) {
        this.size = size;
        this.areaM2 = areaM2;
        this.boundaryM = boundaryM;
        this.sharedM = sharedM; // a HashMap: its order, and so the sums below, the same on every run
    }

    public static UnitMeasures of(List<? extends Geometry> units) {
        int n = units.size();
        double[] area = new double[n];
        double[] boundary = new double[n];
        Map<Segment, Integer> owner = new HashMap<>();
        Map<Long, Double> shared = new HashMap<>();
        for (int u = 0; u < n; u++) {
            Geometry g = units.get(u);
            area[u] = GeodesicMeasure.areaM2(g);
            for (int p = 0; p < g.getNumGeometries(); p++) {
                if (g.getGeometryN(p) instanceof Polygon polygon) {
                    boundary[u] += ring(polygon.getExteriorRing(), u, n, owner, shared);
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        boundary[u] += ring(polygon.getInteriorRingN(h), u, n, owner, shared);
                    }
                }
            }
        }
        return new UnitMeasures(n, area, boundary, shared);
    }

    /** Adds the segments of one ring of unit {@code u}; returns the ring's geodesic length. */
    private static double ring(LineString ring, int u, int n, Map<Segment, Integer> owner, Map<Long, Double> shared) {
        CoordinateSequence s = ring.getCoordinateSequence();
        double length = 0;
        for (int i = 1; i < s.size(); i++) {
            Coordinate a = s.getCoordinate(i - 1);
            Coordinate b = s.getCoordinate(i);
            if (a.equals2D(b)) {
                continue;
            }
            double m = GeodesicMeasure.distanceM(a, b);
            length += m;
            Integer other = owner.putIfAbsent(Segment.of(a, b), u);
            if (other != null && other != u) {
                shared.merge((long) Math.min(u, other) * n + Math.max(u, other), m, Double::sum);
            }
        }
        return length;
    }

    public int size() {
        return size;
    }

    /** Geodesic area of unit {@code u}, m². */
    public double areaM2(int u) {
        return areaM2[u];
    }

    /** Geodesic length of the boundary of unit {@code u} (holes included), m. */
    public double boundaryM(int u) {
        return boundaryM[u];
    }

    /** Geodesic length of the border units {@code a} and {@code b} share, m (0 when they share none). */
    public double sharedM(int a, int b) {
        return sharedM.getOrDefault((long) Math.min(a, b) * size + Math.max(a, b), 0.0);
    }

    /** Whether {@code a} and {@code b} share at least one boundary segment. */
    public boolean share(int a, int b) {
        return sharedM(a, b) > 0;
    }

    /**
     * Each region's area (m²) and perimeter (m) as if its units were dissolved: {@code [region][0]} area,
     * {@code [region][1]} perimeter.
     */
    public double[][] regions(Partition p) {
        double[][] out = new double[p.count()][2];
        for (int u = 0; u < size; u++) {
            out[p.of(u)][0] += areaM2[u];
            out[p.of(u)][1] += boundaryM[u];
        }
        sharedM.forEach((pair, m) -> {
            int a = (int) (pair / size);
            int b = (int) (pair % size);
            if (p.of(a) == p.of(b)) {
                out[p.of(a)][1] -= 2 * m;
            }
        });
        return out;
    }

    /** A boundary segment without direction: the lesser end first. */
    private record Segment(double x0, double y0, double x1, double y1) {
        static Segment of(Coordinate a, Coordinate b) {
            return a.compareTo(b) <= 0 ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
        }
    }
}
