package cl.sit.crs;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A bounding box given in a {@link ServedCrs}, as the CRS84 polygon that covers the same ground. The box is first
 * clipped to the CRS's {@link ServedCrs#domain() domain} (a box entirely outside it is refused). A straight edge of
 * a UTM box is a curve in longitude/latitude, so each edge is split in halves until the transformed midpoint lies
 * within {@link #TOLERANCE_DEGREES} (about 1 mm) of the chord, at most {@value #MAX_DEPTH} times deep (so at most
 * {@value #MAX_VERTICES_PER_EDGE} vertices per edge: a box of 60 km needs about 160, and no request can make a
 * polygon of millions of vertices), and the polygon is widened by {@link #ROUND_OFF_DEGREES}, or by the distance
 * left between chord and curve when the depth ran out (boxes of hundreds of kilometres): it then selects the
 * features that intersect the box in its own CRS, give or take two millimetres (a few centimetres more on such large
 * boxes), and never loses one that lies on an edge. Edges that stay straight (a Web Mercator or a geographic box)
 * are not split.
 */
public final class CrsBox {

    /** Largest distance between the true edge and the polygon, in degrees (1e-8° is about 1 mm). */
    static final double TOLERANCE_DEGREES = 1e-8;

    /**
     * How far each vertex is pushed out of the box to absorb round-off: 1e-8° is about a millimetre, more than the
     * half millimetre by which projected coordinates written by SIT (rounded to the millimetre) may be off.
     */
    static final double ROUND_OFF_DEGREES = 1e-8;

    static final int MAX_DEPTH = 8;

    static final int MAX_VERTICES_PER_EDGE = 1 << MAX_DEPTH;

    private CrsBox() {}

    /**
     * The box {@code first1, second1, first2, second2} (lower corner, upper corner, in the CRS's axis order) as a
     * CRS84 polygon of {@code factory}.
     *
     * @throws IllegalArgumentException when the box lies outside the CRS's domain, or a corner or edge has no
     *     position in longitude/latitude
     */
    public static Polygon toCrs84(ServedCrs crs, double[] box, GeometryFactory factory) {
        Envelope clipped = new Envelope(box[0], box[2], box[1], box[3]).intersection(crs.domain());
        if (clipped.isNull()) {
            throw new IllegalArgumentException("The box lies outside the domain of " + crs.uri());
        }
        double[][] corners = {
            {clipped.getMinX(), clipped.getMinY()},
            {clipped.getMaxX(), clipped.getMinY()},
            {clipped.getMaxX(), clipped.getMaxY()},
            {clipped.getMinX(), clipped.getMaxY()}
        };
        List<Coordinate> ring = new ArrayList<>();
        double[] residual = {ROUND_OFF_DEGREES};
        for (int i = 0; i < 4; i++) {
            double[] from = corners[i];
            double[] to = corners[(i + 1) % 4];
            Coordinate a = position(crs, from[0], from[1]);
            ring.add(a);
            edge(crs, from, a, to, position(crs, to[0], to[1]), ring, 0, residual);
        }
        outward(ring, residual[0]);
        ring.add(ring.get(0).copy());
        // A transformation is continuous and one-to-one over its domain: the ring of a box stays simple.
        return factory.createPolygon(ring.toArray(Coordinate[]::new));
    }

    /**
     * Moves every vertex {@code by} degrees (at least {@link #ROUND_OFF_DEGREES}) away from the centre of the box on
     * each axis. A corner taken from SIT's own output (rounded to the millimetre) or transformed there and back (off
     * by about 1e-13°) would otherwise lose the features lying exactly on the edge of the box, such as those on the
     * edge of an extent; a chord left farther than that from its curve would lose what lies between them.
     */
    private static void outward(List<Coordinate> ring, double by) {
        double cx = 0;
        double cy = 0;
        for (Coordinate c : ring) {
            cx += c.x;
            cy += c.y;
        }
        cx /= ring.size();
        cy /= ring.size();
        for (Coordinate c : ring) {
            c.x += Math.signum(c.x - cx) * by;
            c.y += Math.signum(c.y - cy) * by;
        }
    }

    /**
     * Adds the interior points of the edge from {@code a} to {@code b} (excluded); {@code residual[0]} becomes the
     * largest distance between a chord and its curve left where the depth ran out.
     */
    private static void edge(
            ServedCrs crs,
            double[] from,
            Coordinate a,
            double[] to,
            Coordinate b,
            List<Coordinate> ring,
            int depth,
            double[] residual) {
        double[] mid = {(from[0] + to[0]) / 2, (from[1] + to[1]) / 2};
        Coordinate m = position(crs, mid[0], mid[1]);
        double distance = Distance.pointToSegment(m, a, b);
        if (distance <= TOLERANCE_DEGREES) {
            return;
        }
        if (depth >= MAX_DEPTH) {
            residual[0] = Math.max(residual[0], distance + ROUND_OFF_DEGREES);
            return;
        }
        edge(crs, from, a, mid, m, ring, depth + 1, residual);
        ring.add(m);
        edge(crs, mid, m, to, b, ring, depth + 1, residual);
    }

    private static Coordinate position(ServedCrs crs, double first, double second) {
        Coordinate c = crs.toCrs84(first, second);
        if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
            throw new IllegalArgumentException("(" + first + ", " + second + ") has no longitude/latitude");
        }
        return c;
    }
}
