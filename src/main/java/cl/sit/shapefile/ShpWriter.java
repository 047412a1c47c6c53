package cl.sit.shapefile;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.Puntal;

/**
 * Builds the {@code .shp} and {@code .shx} of a 2D layer in memory (ESRI Shapefile Technical Description,
 * 1998): one shape type per file, null shapes for null or empty geometries, polygon shells clockwise and holes
 * counter-clockwise as the format requires.
 */
final class ShpWriter {

    static final int NULL = 0;
    static final int POINT = 1;
    static final int POLYLINE = 3;
    static final int POLYGON = 5;
    static final int MULTIPOINT = 8;

    private final int shapeType;
    private final List<byte[]> records = new ArrayList<>();
    private final Envelope bounds = new Envelope();

    ShpWriter(int shapeType) {
        this.shapeType = shapeType;
    }

    /** The shape type of an OGC geometry type name ("Point", "MultiPolygon", ...). */
    static int shapeType(String geometryType) {
        return switch (geometryType.toLowerCase(Locale.ROOT)) {
            case "point" -> POINT;
            case "multipoint" -> MULTIPOINT;
            case "linestring", "multilinestring" -> POLYLINE;
            case "polygon", "multipolygon" -> POLYGON;
            default -> throw new IllegalArgumentException("Unsupported shapefile geometry type: " + geometryType);
        };
    }

    /** Whether {@code g} can be written as this file's shape type. */
    boolean accepts(Geometry g) {
        return switch (shapeType) {
            case POINT -> g instanceof Point;
            case MULTIPOINT -> g instanceof Puntal;
            case POLYLINE -> g instanceof Lineal;
            default -> g instanceof Polygonal;
        };
    }

    /** Adds the next record; {@code g} must be accepted, or null/empty for a null shape. */
    void add(Geometry g) {
        if (g == null || g.isEmpty()) {
            records.add(le(4).putInt(NULL).array());
            return;
        }
        bounds.expandToInclude(g.getEnvelopeInternal());
        records.add(
                switch (shapeType) {
                    case POINT ->
                        le(20).putInt(POINT)
                                .putDouble(g.getCoordinate().x)
                                .putDouble(g.getCoordinate().y)
                                .array();
                    case MULTIPOINT -> multiPoint(g);
                    default -> parts(g);
                });
    }

    private byte[] multiPoint(Geometry g) {
        Coordinate[] points = g instanceof MultiPoint ? g.getCoordinates() : new Coordinate[] {g.getCoordinate()};
        ByteBuffer b = le(40 + 16 * points.length).putInt(MULTIPOINT);
        box(b, g.getEnvelopeInternal()).putInt(points.length);
        for (Coordinate c : points) {
            b.putDouble(c.x).putDouble(c.y);
        }
        return b.array();
    }

    /** A polyline or polygon record: every line or ring is a part. */
    private byte[] parts(Geometry g) {
        List<CoordinateSequence> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part.isEmpty()) {
                continue;
            }
            if (part instanceof Polygon p) {
                parts.add(ring(p.getExteriorRing(), false));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    if (!p.getInteriorRingN(h).isEmpty()) {
                        parts.add(ring(p.getInteriorRingN(h), true));
                    }
                }
            } else {
                parts.add(((LineString) part).getCoordinateSequence());
            }
        }
        int points = parts.stream().mapToInt(CoordinateSequence::size).sum();
        ByteBuffer b = le(44 + 4 * parts.size() + 16 * points).putInt(shapeType);
        box(b, g.getEnvelopeInternal()).putInt(parts.size()).putInt(points);
        int start = 0;
        for (CoordinateSequence part : parts) {
            b.putInt(start);
            start += part.size();
        }
        for (CoordinateSequence part : parts) {
            for (int i = 0; i < part.size(); i++) {
                b.putDouble(part.getX(i)).putDouble(part.getY(i));
            }
        }
        return b.array();
    }

    /** The ring's points, reversed when needed: shells clockwise, holes counter-clockwise. */
    private static CoordinateSequence ring(LinearRing ring, boolean hole) {
        CoordinateSequence seq = ring.getCoordinateSequence();
        return Orientation.isCCW(seq) == hole ? seq : ring.reverse().getCoordinateSequence();
    }

    /** The {@code .shp} bytes. */
    byte[] shp() {
        int length = 100 + records.stream().mapToInt(r -> 8 + r.length).sum();
        ByteArrayOutputStream out = new ByteArrayOutputStream(length);
        out.writeBytes(header(length));
        int number = 1;
        for (byte[] r : records) {
            out.writeBytes(
                    ByteBuffer.allocate(8).putInt(number++).putInt(r.length / 2).array());
            out.writeBytes(r);
        }
        return out.toByteArray();
    }

    /** The {@code .shx} bytes: offset and length of each record, in 16-bit words. */
    byte[] shx() {
        ByteBuffer b = ByteBuffer.allocate(100 + 8 * records.size());
        b.put(header(100 + 8 * records.size()));
        int offset = 50;
        for (byte[] r : records) {
            b.putInt(offset).putInt(r.length / 2);
            offset += 4 + r.length / 2;
        }
        return b.array();
    }

    private byte[] header(int fileLength) {
        ByteBuffer b = ByteBuffer.allocate(100);
        b.putInt(9994).position(24);
        b.putInt(fileLength / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(shapeType);
        box(b, bounds.isNull() ? new Envelope(0, 0, 0, 0) : bounds);
        return b.array();
    }

    private static ByteBuffer box(ByteBuffer b, Envelope e) {
        return b.putDouble(e.getMinX())
                .putDouble(e.getMinY())
                .putDouble(e.getMaxX())
                .putDouble(e.getMaxY());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
