package cl.sit.regionalization;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.regionalization.UnitGraph.Kind;
import cl.sit.regionalization.UnitGraph.Link;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.IntersectionMatrix;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The neighbour graph of polygonal units in EPSG:4326 (longitude, latitude), in three steps:
 * <ol>
 * <li>units that share a stretch of border are neighbours ({@link Kind#FRONTERA}); with {@link Rule#QUEEN}, also
 * units that touch at a point only ({@link Kind#VERTICE}); overlapping units count as sharing a border;</li>
 * <li>units that do not touch but whose closest points lie within {@code toleranceM} metres (geodesic) are
 * neighbours ({@link Kind#DISTANCIA}), so communes facing each other across a bay or a river are linked;</li>
 * <li>while the graph is in several pieces, the smallest piece is joined to the rest by its closest pair of units
 * ({@link Kind#CERCANA}), so an island always has a neighbour and every unit can be reached.</li>
 * </ol>
 * Closest points are found in degrees, then measured geodesically. Envelopes are widened by the tolerance so the
 * STRtree finds the candidates of step 2.
 */
public final class Contiguity {

    /** Queen: touching at a point is enough; rook: a shared stretch of border is needed. */
    public enum Rule {
        QUEEN,
        ROOK
    }

    private Contiguity() {}

    public static UnitGraph of(List<? extends Geometry> units, Rule rule, double toleranceM) {
        return of(units, UnitMeasures.of(units), rule, toleranceM);
    }

    /**
     * The graph, with {@code measures} of the same units: pairs that share a boundary segment there are
     * {@link Kind#FRONTERA} without further test.
     */
    public static UnitGraph of(List<? extends Geometry> units, UnitMeasures measures, Rule rule, double toleranceM) {
        double margin = toleranceM <= 0 ? 0 : toleranceM / 111_320.0 / Math.cos(Math.toRadians(maxAbsLatitude(units)));
        STRtree index = new STRtree();
        for (int i = 0; i < units.size(); i++) {
            Envelope e = new Envelope(units.get(i).getEnvelopeInternal());
            e.expandBy(margin);
            index.insert(e, i);
        }
        List<Link> links = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Geometry a = units.get(i);
            PreparedGeometry prepared = PreparedGeometryFactory.prepare(a);
            IndexedFacetDistance facets = toleranceM > 0 ? new IndexedFacetDistance(a) : null;
            Envelope e = new Envelope(a.getEnvelopeInternal());
            e.expandBy(margin);
            @SuppressWarnings("unchecked")
            List<Integer> candidates = index.query(e);
            for (int j : candidates.stream().sorted().toList()) {
                if (j <= i) {
                    continue;
                }
                Link link = measures.share(i, j)
                        ? new Link(i, j, Kind.FRONTERA, 0)
                        : link(i, j, a, prepared, facets, units.get(j), rule, toleranceM, margin);
                if (link != null) {
                    links.add(link);
                }
            }
        }
        joinPieces(units, links);
        return new UnitGraph(units.size(), links);
    }

    private static Link link(
            int i,
            int j,
            Geometry a,
            PreparedGeometry prepared,
            IndexedFacetDistance facets,
            Geometry b,
            Rule rule,
            double toleranceM,
            double margin) {
        if (prepared.intersects(b)) {
            IntersectionMatrix m = a.relate(b);
            boolean border = m.get(Location.INTERIOR, Location.INTERIOR) >= 1
                    || m.get(Location.BOUNDARY, Location.BOUNDARY) >= 1
                    || m.get(Location.INTERIOR, Location.BOUNDARY) >= 1;
            if (border) {
                return new Link(i, j, Kind.FRONTERA, 0);
            }
            return rule == Rule.QUEEN ? new Link(i, j, Kind.VERTICE, 0) : null;
        }
        if (toleranceM > 0 && facets.isWithinDistance(b, margin)) {
            double d = geodesicGap(a, b);
            if (d <= toleranceM) {
                return new Link(i, j, Kind.DISTANCIA, d);
            }
        }
        return null;
    }

    /** Joins the pieces of the graph, smallest first, by their closest pair of units. */
    private static void joinPieces(List<? extends Geometry> units, List<Link> links) {
        while (true) {
            int[] piece = new UnitGraph(units.size(), links).components();
            int pieces = java.util.Arrays.stream(piece).max().orElse(0) + 1;
            if (pieces <= 1) {
                return;
            }
            int[] sizes = new int[pieces];
            for (int p : piece) {
                sizes[p]++;
            }
            int smallest = 0;
            for (int p = 1; p < pieces; p++) {
                smallest = sizes[p] < sizes[smallest] ? p : smallest;
            }
            Link best = null;
            for (int i = 0; i < units.size(); i++) {
                if (piece[i] != smallest) {
                    continue;
                }
                for (int j = 0; j < units.size(); j++) {
                    if (piece[j] == smallest) {
                        continue;
                    }
                    if (best != null
                            && units.get(i)
                                            .getEnvelopeInternal()
                                            .distance(units.get(j).getEnvelopeInternal())
                                    > degreesOf(best)) {
                        continue;
                    }
                    double d = units.get(i).distance(units.get(j));
                    if (best == null || d < degreesOf(best)) {
                        best = new Link(Math.min(i, j), Math.max(i, j), Kind.CERCANA, d);
                    }
                }
            }
            Link found = best;
            links.add(new Link(
                    found.a(), found.b(), Kind.CERCANA, geodesicGap(units.get(found.a()), units.get(found.b()))));
        }
    }

    /** While searching, a CERCANA link carries its planar distance in degrees. */
    private static double degreesOf(Link l) {
        return l.distanceM();
    }

    /** Geodesic distance in metres between the closest points (found in degrees) of two geometries. */
    static double geodesicGap(Geometry a, Geometry b) {
        Coordinate[] p = IndexedFacetDistance.nearestPoints(a, b);
        return GeodesicMeasure.distanceM(p[0], p[1]);
    }

    private static double maxAbsLatitude(List<? extends Geometry> units) {
        double lat = 0;
        for (Geometry g : units) {
            Envelope e = g.getEnvelopeInternal();
            lat = Math.max(lat, Math.max(Math.abs(e.getMinY()), Math.abs(e.getMaxY())));
        }
        return Math.min(lat, 85);
    }
}
