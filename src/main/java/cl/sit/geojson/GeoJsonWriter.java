package cl.sit.geojson;

import cl.sit.layer.Feature;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * Writes JTS geometries and SIT features as GeoJSON to a streaming Jackson generator. Coordinates are written
 * as stored (longitude, latitude in EPSG:4326, no rounding), two dimensions only. Polygon ring orientation is
 * written as stored.
 *
 * <p>Member names are written pre-encoded ({@link SerializedString}): the fixed GeoJSON ones, and the property
 * names, which repeat on every feature of a page (kept for the first {@value #MAX_NAMES} distinct names seen).
 */
public final class GeoJsonWriter {

    private static final SerializableString TYPE = new SerializedString("type");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString GEOMETRY = new SerializedString("geometry");
    private static final SerializableString PROPERTIES = new SerializedString("properties");
    private static final SerializableString COORDINATES = new SerializedString("coordinates");
    private static final SerializableString GEOMETRIES = new SerializedString("geometries");
    private static final int MAX_NAMES = 4096;
    private static final Map<String, SerializableString> NAMES = new ConcurrentHashMap<>();

    private GeoJsonWriter() {}

    /** Writes a {@code Feature} object: type, id, geometry, properties (no links). */
    public static void writeFeature(JsonGenerator g, Feature feature) {
        g.writeStartObject();
        writeFeatureMembers(g, feature);
        g.writeEndObject();
    }

    /** Writes the members of a feature object, so callers can add more (such as {@code links}). */
    public static void writeFeatureMembers(JsonGenerator g, Feature feature) {
        g.writeName(TYPE);
        g.writeString("Feature");
        g.writeName(ID);
        writeValue(g, feature.id());
        g.writeName(GEOMETRY);
        writeGeometry(g, feature.geometry());
        g.writeName(PROPERTIES);
        g.writeStartObject();
        for (Map.Entry<String, Object> p : feature.properties().entrySet()) {
            g.writeName(name(p.getKey()));
            writeValue(g, p.getValue());
        }
        g.writeEndObject();
    }

    public static void writeGeometry(JsonGenerator g, Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeName(TYPE);
        g.writeString(geometry.getGeometryType());
        if (geometry instanceof GeometryCollection c
                && !(c instanceof MultiPoint || c instanceof MultiLineString || c instanceof MultiPolygon)) {
            g.writeName(GEOMETRIES);
            g.writeStartArray();
            for (int i = 0; i < c.getNumGeometries(); i++) {
                writeGeometry(g, c.getGeometryN(i));
            }
            g.writeEndArray();
        } else {
            g.writeName(COORDINATES);
            writeCoordinates(g, geometry);
        }
        g.writeEndObject();
    }

    private static SerializableString name(String name) {
        SerializableString known = NAMES.get(name);
        if (known != null) {
            return known;
        }
        SerializableString encoded = new SerializedString(name);
        if (NAMES.size() < MAX_NAMES) {
            NAMES.putIfAbsent(name, encoded);
        }
        return encoded;
    }

    private static void writeCoordinates(JsonGenerator g, Geometry geometry) {
        if (geometry instanceof Point p) {
            writePosition(g, p.getCoordinateSequence(), 0);
        } else if (geometry instanceof LineString l) {
            writeSequence(g, l.getCoordinateSequence());
        } else if (geometry instanceof Polygon p) {
            g.writeStartArray();
            writeSequence(g, p.getExteriorRing().getCoordinateSequence());
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                writeSequence(g, p.getInteriorRingN(i).getCoordinateSequence());
            }
            g.writeEndArray();
        } else {
            g.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(g, geometry.getGeometryN(i));
            }
            g.writeEndArray();
        }
    }

    private static void writeSequence(JsonGenerator g, CoordinateSequence seq) {
        g.writeStartArray();
        for (int i = 0; i < seq.size(); i++) {
            writePosition(g, seq, i);
        }
        g.writeEndArray();
    }

    private static void writePosition(JsonGenerator g, CoordinateSequence seq, int i) {
        g.writeStartArray();
        g.writeNumber(seq.getX(i));
        g.writeNumber(seq.getY(i));
        g.writeEndArray();
    }

    /** Property values: strings, numbers, booleans, dates (ISO 8601 text) and null. */
    public static void writeValue(JsonGenerator g, Object value) {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Integer i) {
            g.writeNumber(i);
        } else if (value instanceof Long l) {
            g.writeNumber(l);
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }
}
