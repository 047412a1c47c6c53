package cl.sit.editing;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.SitProperties;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The communes that own editable features, and the check that a geometry lies inside its commune give or take
 * a tolerance in metres. The tolerance test runs in a local plane around the commune (equirectangular, metres;
 * its scale error across one commune is below 1 %, so a 25 m tolerance is exact to a few decimetres): the
 * geometry must be covered by the commune buffered by the tolerance. Communes and their buffers are cached.
 */
@Component
class CommuneAreas {

    /** How a geometry relates to a commune: inside (within tolerance), or how far out it goes and where. */
    record Fit(boolean inside, double outsideM, Coordinate farthest) {}

    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;

    private record Commune(String cut, String name, Geometry geometry, PreparedGeometry prepared, double lat0,
            Geometry localBuffer) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final double toleranceM;
    private final Map<String, Commune> cache = new ConcurrentHashMap<>();

    CommuneAreas(JdbcTemplate jdbc, SqlFiles sql, SitProperties properties) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.toleranceM = properties.editing().communeToleranceM();
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
        List<String> candidates = jdbc.queryForList(sql.get(CommuneAreas.class, "select-communes-near"),
                String.class, g.getEnvelopeInternal().getMinX(), g.getEnvelopeInternal().getMinY(),
                g.getEnvelopeInternal().getMaxX(), g.getEnvelopeInternal().getMaxY());
        return candidates.stream().filter(cut -> fit(cut, g).inside())
                .max(Comparator.comparingDouble(cut -> share(commune(cut).geometry(), g))).orElse(null);
    }

    /** Whether {@code g} lies inside commune {@code cut} within the tolerance. */
    Fit fit(String cut, Geometry g) {
        Commune c = commune(cut);
        if (c == null) {
            return new Fit(false, Double.POSITIVE_INFINITY, null);
        }
        if (c.prepared().covers(g)) {
            return new Fit(true, 0, null);
        }
        Geometry local = toLocal(g, c.lat0());
        if (c.localBuffer().covers(local)) {
            return new Fit(true, 0, null);
        }
        Geometry communeLocal = toLocal(c.geometry(), c.lat0());
        Coordinate farthest = null;
        double worst = 0;
        Coordinate[] vertices = g.getCoordinates();
        Coordinate[] localVertices = local.getCoordinates();
        for (int i = 0; i < localVertices.length; i++) {
            double d = DistanceOp.distance(communeLocal, Wkb.FACTORY.createPoint(localVertices[i]));
            if (d > worst) {
                worst = d;
                farthest = vertices[i];
            }
        }
        return new Fit(false, worst, farthest);
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
            List<Commune> found = jdbc.query(sql.get(CommuneAreas.class, "select-commune"), (rs, i) -> {
                Geometry geometry = Wkb.read(rs.getBytes(3));
                double lat0 = geometry.getEnvelopeInternal().centre().y;
                return new Commune(rs.getString(1), rs.getString(2), geometry,
                        PreparedGeometryFactory.prepare(geometry), lat0, toLocal(geometry, lat0).buffer(toleranceM));
            }, k);
            return found.isEmpty() ? null : found.get(0);
        });
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
