package cl.sit.crs;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A bounding box given in a {@link ServedCrs}, as the CRS84 polygon that covers the same ground. A straight edge of
 * a UTM box is a curve in longitude/latitude, so each edge is split in halves until the transformed midpoint lies
 * within {@link #TOLERANCE_DEGREES} (about 1 mm) of the chord, and the polygon is widened by
 * {@link #ROUND_OFF_DEGREES}: it then selects the features that intersect the box in its own CRS, give or take two
 * millimetres, and never loses one that lies on an edge to round-off. Edges that stay straight (a Web Mercator or a
 * geographic box) are not split.
 */
public final class CrsBox {

    /** Largest distance between the true edge and the polygon, in degrees (1e-8° is about 1 mm). */
    static final double TOLERANCE_DEGREES = 1e-8;

    /**
     * How far each vertex is pushed out of the box to absorb round-off: 1e-8° is about a millimetre, more than the
     * half millimetre by which projected coordinates written by SIT (rounded to the millimetre) may be off.
     */
    static final double ROUND_OFF_DEGREES = 1e-8;

    private static final int MAX_DEPTH = 20;

    private CrsBox() {}

    /**
     * The box {@code first1, second1, first2, second2} (lower corner, upper corner, in the CRS's axis order) as a
     * CRS84 polygon of {@code factory}.
     *
     * @throws IllegalArgumentException when a corner or edge has no position in longitude/latitude
     */
    public static Polygon toCrs84(ServedCrs crs, double[] box, GeometryFactory factory) {
        double[][] corners = {{box[0], box[1]}, {box[2], box[1]}, {box[2], box[3]}, {box[0], box[3]}};
        List<Coordinate> ring = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double[] from = corners[i];
            double[] to = corners[(i + 1) % 4];
            Coordinate a = position(crs, from[0], from[1]);
            ring.add(a);
            edge(crs, from, a, to, position(crs, to[0], to[1]), ring, 0);
        }
        outward(ring);
        ring.add(ring.get(0).copy());
        // A transformation is continuous and one-to-one over its domain: the ring of a box stays simple.
        return factory.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /**
     * Moves every vertex {@link #ROUND_OFF_DEGREES} away from the centre of the box on each axis. A corner taken
     * from SIT's own output (rounded to the millimetre) or transformed there and back (off by about 1e-13°) would
     * otherwise lose the features lying exactly on the edge of the box, such as those on the edge of an extent.
     */
    private static void outward(List<Coordinate> ring) {
        double cx = 0;
        double cy = 0;
        for (Coordinate c : ring) {
            cx += c.x;
            cy += c.y;
        }
        cx /= ring.size();
        cy /= ring.size();
        for (Coordinate c : ring) {
            c.x += Math.signum(c.x - cx) * ROUND_OFF_DEGREES;
            c.y += Math.signum(c.y - cy) * ROUND_OFF_DEGREES;
        }
    }

    /** Adds the interior points of the edge from {@code a} to {@code b} (excluded). */
    private static void edge(ServedCrs crs, double[] from, Coordinate a, double[] to, Coordinate b,
            List<Coordinate> ring, int depth) {
        double[] mid = {(from[0] + to[0]) / 2, (from[1] + to[1]) / 2};
        Coordinate m = position(crs, mid[0], mid[1]);
        if (depth >= MAX_DEPTH || Distance.pointToSegment(m, a, b) <= TOLERANCE_DEGREES) {
            return;
        }
        edge(crs, from, a, mid, m, ring, depth + 1);
        ring.add(m);
        edge(crs, mid, m, to, b, ring, depth + 1);
    }

    private static Coordinate position(ServedCrs crs, double first, double second) {
        Coordinate c = crs.toCrs84(first, second);
        if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
            throw new IllegalArgumentException("(" + first + ", " + second + ") has no longitude/latitude");
        }
        return c;
    }
}
