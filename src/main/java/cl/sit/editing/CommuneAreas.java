package cl.sit.editing;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.geometry.Geometries;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.SitProperties;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The communes that own editable features, and the check that a geometry lies inside its commune give or take
 * a tolerance in metres. The tolerance test runs in a local plane around the commune (equirectangular, metres;
 * its scale error across one commune is below 1 %, so a 25 m tolerance is exact to a few decimetres): the
 * geometry must be covered by the commune buffered by the tolerance. Communes and their buffers are cached.
 * Beyond that tolerance, a geometry may stray up to a wider shore tolerance where what lies beyond the commune is
 * water (the sea, or a river or bay the coverage gives to a neighbour) rather than another commune's land as BCN
 * publishes it: shorelines and river lines of 1:50,000 boundaries differ from detailed cartography (INE census
 * zones, MINVU urban limits) by 30 to 50 m. Where no published land is stored (national communes) only the first
 * tolerance applies.
 * When a geometry does not fit, it says how much of it lies outside the commune (geodesic area for polygons, length
 * for lines, count for points) or, when it touches no commune, which commune is nearest and how far (metres).
 */
@Component
class CommuneAreas {

    /** How a geometry relates to a commune: inside (within tolerance), or how far out it goes and where. */
    record Fit(boolean inside, double outsideM, Coordinate farthest, double outsideFraction) {}

    /** The commune holding most of a geometry that fits in none, and the fraction of the geometry outside it. */
    record Partial(String cut, String name, double outsideFraction, Coordinate farthest) {}

    /** The commune nearest to a geometry that touches none, and the geodesic distance to it in metres. */
    record Nearest(String cut, String name, double distanceM) {}

    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private record Commune(
            String cut,
            String name,
            Geometry geometry,
            PreparedGeometry prepared,
            double lat0,
            Geometry localBuffer,
            Geometry localShore,
            Geometry otherLandLocal) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final double toleranceM;
    private final double shoreToleranceM;
    private final Map<String, Commune> cache = new ConcurrentHashMap<>();

    CommuneAreas(JdbcTemplate jdbc, SqlFiles sql, SitProperties properties) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.toleranceM = properties.editing().communeToleranceM();
        this.shoreToleranceM = Math.max(toleranceM, properties.editing().shoreToleranceM());
    }

    double toleranceM() {
        return toleranceM;
    }

    /** The commune's name, or null when there is no such commune. */
    String name(String cut) {
        Commune c = commune(cut);
        return c == null ? null : c.name();
    }

    /**
     * The commune that owns a new feature: among the communes the geometry fits in, the one holding most of it.
     * Null when it fits in none.
     */
    String ownerOf(Geometry g) {
        return near(g).stream()
                .filter(cut -> fit(cut, g).inside())
                .max(Comparator.comparingDouble(cut -> share(commune(cut).geometry(), g)))
                .orElse(null);
    }

    /** For a geometry that fits in no commune: the commune holding most of it, or null when it touches none. */
    Partial mostOf(Geometry g) {
        String best = near(g).stream()
                .filter(cut -> commune(cut).prepared().intersects(g))
                .max(Comparator.comparingDouble(cut -> share(commune(cut).geometry(), g)))
                .orElse(null);
        if (best == null) {
            return null;
        }
        Fit fit = fit(best, g);
        return new Partial(best, name(best), fit.outsideFraction(), fit.farthest());
    }

    /** The commune nearest to {@code g}, measured geodesically between the nearest points; null when none. */
    Nearest nearest(Geometry g) {
        double lat0 = g.getEnvelopeInternal().centre().y;
        Geometry local = toLocal(g, lat0);
        Nearest best = null;
        for (String cut : jdbc.queryForList(
                sql.get(CommuneAreas.class, "select-communes-nearest"), String.class, (Object) Wkb.write(g))) {
            Commune c = commune(cut);
            Coordinate[] pair = DistanceOp.nearestPoints(toLocal(c.geometry(), lat0), local);
            double m = GeodesicMeasure.distanceM(toDegrees(pair[0], lat0), toDegrees(pair[1], lat0));
            if (best == null || m < best.distanceM()) {
                best = new Nearest(cut, c.name(), m);
            }
        }
        return best;
    }

    /**
     * The fraction of {@code g} outside {@code commune}: by geodesic area for polygons, by geodesic length for
     * lines, by count for points (0 to 1).
     */
    static double outsideFraction(Geometry commune, Geometry g) {
        if (g.getDimension() == 0) {
            int outside = 0;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                outside += commune.covers(g.getGeometryN(i)) ? 0 : 1;
            }
            return (double) outside / g.getNumGeometries();
        }
        Geometry rest = OverlayNGRobust.overlay(g, commune, OverlayNG.DIFFERENCE);
        double whole = measure(g);
        return whole > 0 ? Math.min(1, measure(rest) / whole) : 0;
    }

    private static double measure(Geometry g) {
        return g.getDimension() == 1 ? GeodesicMeasure.lengthM(g) : GeodesicMeasure.areaM2(g);
    }

    private List<String> near(Geometry g) {
        return jdbc.queryForList(
                sql.get(CommuneAreas.class, "select-communes-near"),
                String.class,
                g.getEnvelopeInternal().getMinX(),
                g.getEnvelopeInternal().getMinY(),
                g.getEnvelopeInternal().getMaxX(),
                g.getEnvelopeInternal().getMaxY());
    }

    /** Whether {@code g} lies inside commune {@code cut} within the tolerance. */
    Fit fit(String cut, Geometry g) {
        Commune c = commune(cut);
        if (c == null) {
            return new Fit(false, Double.POSITIVE_INFINITY, null, 1);
        }
        if (c.prepared().covers(g)) {
            return new Fit(true, 0, null, 0);
        }
        Geometry local = toLocal(g, c.lat0());
        if (c.localBuffer().covers(local) || onWaterNearShore(c, local)) {
            return new Fit(true, 0, null, 0);
        }
        Geometry communeLocal = toLocal(c.geometry(), c.lat0());
        Coordinate farthest = null;
        double worst = 0;
        Coordinate[] vertices = g.getCoordinates();
        Coordinate[] localVertices = local.getCoordinates();
        for (int i = 0; i < localVertices.length; i++) {
            double d = DistanceOp.distance(communeLocal, Geometries.FACTORY.createPoint(localVertices[i]));
            if (d > worst) {
                worst = d;
                farthest = vertices[i];
            }
        }
        return new Fit(false, worst, farthest, outsideFraction(c.geometry(), g));
    }

    /** Whether what lies beyond the commune's tolerance stays within the shore tolerance and off other land. */
    private static boolean onWaterNearShore(Commune c, Geometry local) {
        if (c.otherLandLocal() == null || !c.localShore().covers(local)) {
            return false;
        }
        Geometry beyond = OverlayNGRobust.overlay(local, c.localBuffer(), OverlayNG.DIFFERENCE);
        if (beyond.isEmpty()) {
            return true;
        }
        Geometry onLand = OverlayNGRobust.overlay(beyond, c.otherLandLocal(), OverlayNG.INTERSECTION);
        return switch (local.getDimension()) {
            case 0 -> onLand.isEmpty();
            case 1 -> onLand.getLength() < 1;
            default -> onLand.getArea() < 1;
        };
    }

    private static double share(Geometry commune, Geometry g) {
        if (g.getDimension() == 0) {
            return commune.covers(g) ? 1 : 0;
        }
        Geometry inside = commune.intersection(g);
        return g.getDimension() == 1 ? inside.getLength() : inside.getArea();
    }

    private Commune commune(String cut) {
        return cache.computeIfAbsent(cut, k -> {
            // Read the row first and close it: the other land is another query, and nesting it in the row mapper
            // would hold two pooled connections at once.
            record Row(String cut, String name, Geometry geometry) {}
            List<Row> found = jdbc.query(
                    sql.get(CommuneAreas.class, "select-commune"),
                    (rs, i) -> new Row(rs.getString(1), rs.getString(2), Wkb.read(rs.getBytes(3))),
                    k);
            if (found.isEmpty()) {
                return null;
            }
            Row row = found.get(0);
            double lat0 = row.geometry().getEnvelopeInternal().centre().y;
            Geometry local = toLocal(row.geometry(), lat0);
            Geometry shore = local.buffer(shoreToleranceM);
            return new Commune(
                    row.cut(),
                    row.name(),
                    row.geometry(),
                    PreparedGeometryFactory.prepare(row.geometry()),
                    lat0,
                    local.buffer(toleranceM),
                    shore,
                    otherLand(row.cut(), shore, lat0));
        });
    }

    /**
     * The land of other communes (BCN's published polygons) within reach of a commune's shore tolerance, in the
     * commune's local plane; null when no published land is stored.
     */
    private Geometry otherLand(String cut, Geometry localShore, double lat0) {
        Envelope e = toDegrees(localShore.getEnvelopeInternal(), lat0);
        record Land(String cut, byte[] wkb) {}
        List<Land> near = jdbc.query(
                sql.get(CommuneAreas.class, "select-land-near"),
                (rs, i) -> new Land(rs.getString(1), rs.getBytes(2)),
                e.getMinX(),
                e.getMinY(),
                e.getMaxX(),
                e.getMaxY());
        if (near.stream().noneMatch(l -> l.cut().equals(cut))) {
            return null;
        }
        List<Geometry> others = near.stream()
                .filter(l -> !l.cut().equals(cut))
                .map(l -> toLocal(Wkb.read(l.wkb()), lat0))
                .toList();
        return others.isEmpty() ? Geometries.FACTORY.createGeometryCollection() : UnaryUnionOp.union(others);
    }

    private static Envelope toDegrees(Envelope local, double lat0) {
        Coordinate min = toDegrees(new Coordinate(local.getMinX(), local.getMinY()), lat0);
        Coordinate max = toDegrees(new Coordinate(local.getMaxX(), local.getMaxY()), lat0);
        return new Envelope(min, max);
    }

    private static Coordinate toDegrees(Coordinate local, double lat0) {
        return new Coordinate(
                local.x / (METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0))), local.y / METRES_PER_DEGREE);
    }

    /** Degrees to metres in a plane tangent at latitude {@code lat0} (x east, y north). */
    private static Geometry toLocal(Geometry g, double lat0) {
        double kx = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
                CoordinateSequence out = coords.copy();
                for (int i = 0; i < out.size(); i++) {
                    out.setOrdinate(i, 0, coords.getX(i) * kx);
                    out.setOrdinate(i, 1, coords.getY(i) * METRES_PER_DEGREE);
                }
                return out;
            }
        }.transform(g);
    }
}
