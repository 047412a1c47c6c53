package cl.sit.geojson;

import cl.sit.layer.Feature;
import java.util.Map;
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

/**
 * Writes JTS geometries and SIT features as GeoJSON to a streaming Jackson generator. Coordinates are written
 * as stored (longitude, latitude in EPSG:4326, no rounding), two dimensions only. Polygon ring orientation is
 * written as stored.
 */
public final class GeoJsonWriter {

    private GeoJsonWriter() {}

    /** Writes a {@code Feature} object: type, id, geometry, properties (no links). */
    public static void writeFeature(JsonGenerator g, Feature feature) {
        g.writeStartObject();
        writeFeatureMembers(g, feature);
        g.writeEndObject();
    }

    /** Writes the members of a feature object, so callers can add more (such as {@code links}). */
    public static void writeFeatureMembers(JsonGenerator g, Feature feature) {
        g.writeStringProperty("type", "Feature");
        g.writeName("id");
        writeValue(g, feature.id());
        g.writeName("geometry");
        writeGeometry(g, feature.geometry());
        g.writeName("properties");
        g.writeStartObject();
        for (Map.Entry<String, Object> p : feature.properties().entrySet()) {
            g.writeName(p.getKey());
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
        g.writeStringProperty("type", geometry.getGeometryType());
        if (geometry instanceof GeometryCollection c && !(c instanceof MultiPoint || c instanceof MultiLineString
                || c instanceof MultiPolygon)) {
            g.writeName("geometries");
            g.writeStartArray();
            for (int i = 0; i < c.getNumGeometries(); i++) {
                writeGeometry(g, c.getGeometryN(i));
            }
            g.writeEndArray();
        } else {
            g.writeName("coordinates");
            writeCoordinates(g, geometry);
        }
        g.writeEndObject();
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
