package cl.sit.analysis;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Geodesic area and length of geometries in EPSG:4326 (x = longitude, y = latitude, degrees), on the WGS 84
 * ellipsoid with GeographicLib (Karney's algorithms, the same as pyproj's {@code Geod}). Points have no area
 * or length; in a collection, areas of polygons and lengths of lines are summed. Polygon holes are subtracted;
 * overlapping members of a collection are counted twice, as JTS does for planar measures.
 */
public final class GeodesicMeasure {

    private static final Geodesic WGS84 = Geodesic.WGS84;

    private GeodesicMeasure() {}

    /** Geodesic area in square kilometres. */
    public static double areaKm2(Geometry geometry) {
        return areaM2(geometry) / 1_000_000.0;
    }

    /** Geodesic area in square metres. */
    public static double areaM2(Geometry geometry) {
        double sum = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof Polygon p) {
                sum += ringArea(p.getExteriorRing().getCoordinateSequence());
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    sum -= ringArea(p.getInteriorRingN(h).getCoordinateSequence());
                }
            } else if (part != geometry) {
                sum += areaM2(part);
            }
        }
        return sum;
    }

    /** Geodesic length in metres of the lines in {@code geometry} (polygon boundaries are not counted). */
    public static double lengthM(Geometry geometry) {
        double sum = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString l) {
                sum += lineLength(l.getCoordinateSequence());
            } else if (part != geometry && !(part instanceof Polygon)) {
                sum += lengthM(part);
            }
        }
        return sum;
    }

    /** Geodesic distance in metres between two positions (longitude, latitude). */
    public static double distanceM(Coordinate a, Coordinate b) {
        return WGS84.Inverse(a.y, a.x, b.y, b.x).s12;
    }

    private static double ringArea(CoordinateSequence ring) {
        PolygonArea area = new PolygonArea(WGS84, false);
        // The closing point repeats the first one; GeographicLib closes the ring itself.
        for (int i = 0; i < ring.size() - 1; i++) {
            area.AddPoint(ring.getY(i), ring.getX(i));
        }
        PolygonResult r = area.Compute(false, true);
        return Math.abs(r.area);
    }

    private static double lineLength(CoordinateSequence seq) {
        double sum = 0;
        for (int i = 1; i < seq.size(); i++) {
            sum += WGS84.Inverse(seq.getY(i - 1), seq.getX(i - 1), seq.getY(i), seq.getX(i)).s12;
        }
        return sum;
    }
}
