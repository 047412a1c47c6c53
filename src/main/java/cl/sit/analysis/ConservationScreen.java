package cl.sit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Screens a geometry (EPSG:4326) against conservation areas (protected areas, priority sites): which ones it
 * lies in or overlaps, by how much (geodesic hectares for polygons, metres for lines), and the geodesic distance
 * in metres to the nearest one within a buffer. Nearest points are found in a local equirectangular view and
 * measured on WGS 84: within 0.1 % of PostGIS's geography distance for buffers of a few kilometres. Thread-safe
 * once built.
 */
public final class ConservationScreen {

    /** A conservation area: its kind ({@code area_protegida}, {@code sitio_prioritario}), code, name, shape. */
    public record Area(String kind, String code, String name, Geometry geometry) {}

    /** An area the geometry lies in or overlaps: overlap in hectares (polygons) or metres (lines); 0 for points. */
    public record Overlap(String kind, String code, String name, double areaHa, double lengthM) {}

    /** An area within the buffer but not touched, with its distance. */
    public record Near(String kind, String code, String name, double distanceM) {}

    /**
     * @param inside areas overlapped (empty when none)
     * @param near areas within the buffer that are not overlapped, nearest first
     */
    public record Result(List<Overlap> inside, List<Near> near) {

        /** {@code dentro}, {@code cerca} or {@code lejos}. */
        public String status() {
            return !inside.isEmpty() ? "dentro" : !near.isEmpty() ? "cerca" : "lejos";
        }

        /** Distance to the nearest area: 0 when inside, the nearest one's when near, else NaN. */
        public double nearestM() {
            return !inside.isEmpty()
                    ? 0
                    : near.isEmpty() ? Double.NaN : near.get(0).distanceM();
        }
    }

    private record Indexed(Area area, PreparedGeometry prepared) {}

    private final STRtree index = new STRtree();

    public ConservationScreen(List<Area> areas) {
        for (Area a : areas) {
            index.insert(
                    a.geometry().getEnvelopeInternal(), new Indexed(a, PreparedGeometryFactory.prepare(a.geometry())));
        }
        index.build();
    }

    public Result screen(Geometry geometry, double bufferM) {
        Envelope search = SearchEnvelope.around(geometry, bufferM);
        List<Overlap> inside = new ArrayList<>();
        List<Near> near = new ArrayList<>();
        for (Object o : index.query(search)) {
            Indexed c = (Indexed) o;
            Area a = c.area();
            if (c.prepared().intersects(geometry)) {
                inside.add(overlap(a, geometry));
            } else {
                double m = distanceM(geometry, a.geometry());
                if (m <= bufferM) {
                    near.add(new Near(a.kind(), a.code(), a.name(), m));
                }
            }
        }
        inside.sort(Comparator.comparing(Overlap::kind).thenComparing(Overlap::code));
        near.sort(Comparator.comparingDouble(Near::distanceM).thenComparing(Near::code));
        return new Result(inside, near);
    }

    private static Overlap overlap(Area a, Geometry g) {
        if (g.getDimension() == 0) {
            return new Overlap(a.kind(), a.code(), a.name(), 0, 0);
        }
        Geometry piece = OverlayNGRobust.overlay(g, a.geometry(), OverlayNG.INTERSECTION);
        return g.getDimension() == 1
                ? new Overlap(a.kind(), a.code(), a.name(), 0, GeodesicMeasure.lengthM(piece))
                : new Overlap(a.kind(), a.code(), a.name(), GeodesicMeasure.areaM2(piece) / 10_000, 0);
    }

    /**
     * Geodesic distance in metres between the nearest points of two geometries. The nearest points are found
     * with longitudes scaled by the cosine of the latitude (a local equirectangular view), so that at 40° S a
     * degree east is not taken for as long as a degree north; the pair is then measured on WGS 84.
     */
    static double distanceM(Geometry a, Geometry b) {
        double k = Math.max(Math.cos(Math.toRadians(a.getEnvelopeInternal().centre().y)), 0.01);
        AffineTransformation scale = AffineTransformation.scaleInstance(k, 1);
        Coordinate[] pair = DistanceOp.nearestPoints(scale.transform(a), scale.transform(b));
        return Geodesic.WGS84.Inverse(pair[0].y, pair[0].x / k, pair[1].y, pair[1].x / k).s12;
    }
}
