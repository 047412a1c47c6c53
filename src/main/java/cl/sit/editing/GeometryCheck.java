package cl.sit.editing;

import cl.sit.analysis.ValidityErrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Geometry checks that need no database: the type fits the layer (a single polygon or line is promoted to its
 * multi type), coordinates are longitude/latitude, and the geometry is valid per OGC Simple Features (JTS
 * {@link IsValidOp}), with the problem named in Spanish and located. Valid polygons are stored with RFC 7946 ring
 * orientation.
 */
final class GeometryCheck {

    private GeometryCheck() {}

    /** The geometry in the layer's type, or null when it cannot be; problems are added to {@code problems}. */
    static Geometry conform(String layerType, Geometry g, List<FeatureProblem> problems) {
        if (g == null || g.isEmpty()) {
            problems.add(FeatureProblem.of("geometry", "Falta la geometría"));
            return null;
        }
        for (Coordinate c : g.getCoordinates()) {
            if (!(Math.abs(c.x) <= 180 && Math.abs(c.y) <= 90)) {
                problems.add(FeatureProblem.of(
                        "geometry",
                        String.format(
                                Locale.ROOT,
                                "La coordenada (%s, %s) no es longitud/latitud WGS84; envíe GeoJSON en grados (CRS84)",
                                c.x,
                                c.y)));
                return null;
            }
        }
        Geometry typed = promote(layerType, g);
        if (typed == null) {
            problems.add(FeatureProblem.of(
                    "geometry",
                    "La capa admite geometrías " + spanish(layerType) + ", no " + spanish(g.getGeometryType())));
            return null;
        }
        TopologyValidationError error = new IsValidOp(typed).getValidationError();
        if (error != null) {
            problems.add(FeatureProblem.at(
                    "geometry",
                    "Geometría no válida: " + ValidityErrors.spanish(error)
                            + ". Puede corregirla usted o pedir una reparación automática",
                    error.getCoordinate()));
            return null;
        }
        return rfc7946(typed);
    }

    /**
     * Polygons with their exterior rings counter-clockwise and holes clockwise (RFC 7946), so that a feature reads
     * the same however it came in (Shapefiles store the opposite orientation).
     */
    static Geometry rfc7946(Geometry g) {
        if (g instanceof Polygon p) {
            return oriented(p);
        }
        if (g instanceof MultiPolygon m) {
            Polygon[] parts = new Polygon[m.getNumGeometries()];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = oriented((Polygon) m.getGeometryN(i));
            }
            return m.getFactory().createMultiPolygon(parts);
        }
        return g;
    }

    private static Polygon oriented(Polygon p) {
        LinearRing shell = p.getExteriorRing();
        LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
        for (int i = 0; i < holes.length; i++) {
            LinearRing h = p.getInteriorRingN(i);
            holes[i] = Orientation.isCCW(h.getCoordinateSequence()) ? h.reverse() : h;
        }
        return p.getFactory()
                .createPolygon(Orientation.isCCW(shell.getCoordinateSequence()) ? shell : shell.reverse(), holes);
    }

    private static Geometry promote(String layerType, Geometry g) {
        return switch (layerType) {
            case "Point" -> g instanceof Point ? g : null;
            case "MultiPoint" ->
                g instanceof Point p
                        ? g.getFactory().createMultiPoint(new Point[] {p})
                        : g instanceof MultiPoint ? g : null;
            case "MultiLineString" ->
                g instanceof LineString l
                        ? g.getFactory().createMultiLineString(new LineString[] {l})
                        : g instanceof MultiLineString ? g : null;
            case "MultiPolygon" ->
                g instanceof Polygon p
                        ? g.getFactory().createMultiPolygon(new Polygon[] {p})
                        : g instanceof MultiPolygon ? g : null;
            default ->
                g instanceof GeometryCollection
                                && !(g instanceof MultiPoint
                                        || g instanceof MultiLineString
                                        || g instanceof MultiPolygon)
                        ? null
                        : g;
        };
    }

    /** The Spanish name of a geometry type, for messages. */
    static String spanish(String type) {
        return switch (type) {
            case "Point" -> "de punto";
            case "MultiPoint" -> "de multipunto";
            case "LineString" -> "de línea";
            case "MultiLineString" -> "de línea (o multilínea)";
            case "Polygon" -> "de polígono";
            case "MultiPolygon" -> "de polígono (o multipolígono)";
            default -> type;
        };
    }

    /** Every problem of the geometry, for the repair preview (empty when valid). */
    static List<FeatureProblem> problems(Geometry g) {
        List<FeatureProblem> out = new ArrayList<>();
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            out.add(FeatureProblem.at(
                    "geometry", "Geometría no válida: " + ValidityErrors.spanish(error), error.getCoordinate()));
        }
        return out;
    }
}
