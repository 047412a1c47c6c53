package cl.sit.analysis;

import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * Where to write a polygon's name: the centre of the maximum inscribed circle of its largest part (by area), a point
 * as far from every edge as the part allows, so a commune name never falls in the sea, in a neighbour or on a
 * narrow neck of a concave commune (as a centroid can).
 *
 * <p>Coordinates are longitude/latitude in degrees (EPSG:4326 axis order x = longitude). The circle is found in a
 * frame where x is scaled by the cosine of the part's middle latitude, so distances are roughly metric at the scale
 * of one commune; the tolerance is {@value #TOLERANCE_FRACTION} of the part's larger side in that frame (about 500 m
 * for a 50 km commune, finer than a label needs), which places the 345 national communes in about 0.3 s in all
 * (a tenth of that tolerance took twice as long). Known limit: for a
 * part spanning many degrees of latitude the single scale is approximate.
 */
public final class LabelPoint {

    /** The tolerance of the search, as a fraction of the larger side of the part's (scaled) envelope. */
    static final double TOLERANCE_FRACTION = 1e-2;

    private LabelPoint() {}

    /**
     * The label point of a polygonal geometry (its {@code Polygon} parts; other parts are ignored), inside its
     * largest part, with the geometry's factory; null when it holds no non-empty polygon.
     */
    public static Point of(Geometry geometry) {
        Polygon largest = largestPart(geometry);
        if (largest == null) {
            return null;
        }
        Envelope box = largest.getEnvelopeInternal();
        double kx = Math.cos(Math.toRadians((box.getMinY() + box.getMaxY()) / 2));
        Coordinate centre = kx > 1e-6 ? inscribedCentre(largest, box, kx) : null;
        Point point = centre == null ? null : geometry.getFactory().createPoint(centre);
        // The circle's centre is inside up to the tolerance; where it is not (a part thinner than the tolerance, or
        // an invalid ring), JTS's interior point is inside by construction.
        return point != null && largest.contains(point) ? point : largest.getInteriorPoint();
    }

    /** The part of largest area, or null when there is none. */
    static Polygon largestPart(Geometry geometry) {
        Polygon largest = null;
        double area = -1;
        for (int i = 0; geometry != null && i < geometry.getNumGeometries(); i++) {
            if (geometry.getGeometryN(i) instanceof Polygon p && !p.isEmpty() && p.getArea() > area) {
                largest = p;
                area = p.getArea();
            }
        }
        return largest;
    }

    private static Coordinate inscribedCentre(Polygon part, Envelope box, double kx) {
        Geometry scaled = AffineTransformation.scaleInstance(kx, 1).transform(part);
        double tolerance = Math.max(box.getWidth() * kx, box.getHeight()) * TOLERANCE_FRACTION;
        if (tolerance <= 0) {
            return null;
        }
        try {
            Coordinate c =
                    new MaximumInscribedCircle(scaled, tolerance).getCenter().getCoordinate();
            return new Coordinate(c.x / kx, c.y);
        } catch (IllegalArgumentException e) {
            return null; // an invalid ring JTS refuses: the interior point stands in
        }
    }
}
