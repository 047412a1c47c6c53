package cl.sit.geojson;

import cl.sit.geometry.Geometries;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.geojson.FeatureCollection;
import org.geojson.GeoJsonObject;
import org.geojson.LngLatAlt;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads GeoJSON feature collections (RFC 7946, longitude/latitude) with geojson-jackson and converts their
 * geometries to JTS in EPSG:4326 (2D). Positions with more than 3 ordinates are refused
 * ({@link IllegalArgumentException}); see also {@link GeoJsonPositions}, which refuses text ordinates.
 */
public final class GeoJsonReader {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final GeometryFactory FACTORY = Geometries.FACTORY;

    /** A feature as read from a file: its properties as given and its JTS geometry (may be null). */
    public record SourceFeature(Map<String, Object> properties, Geometry geometry) {}

    private GeoJsonReader() {}

    public static List<SourceFeature> readFeatures(InputStream in) throws IOException {
        FeatureCollection fc = MAPPER.readValue(in, FeatureCollection.class);
        List<SourceFeature> out = new ArrayList<>(fc.getFeatures().size());
        for (org.geojson.Feature f : fc.getFeatures()) {
            out.add(new SourceFeature(f.getProperties(), toJts(f.getGeometry())));
        }
        return out;
    }

    /** Converts a geojson-jackson geometry to JTS; null stays null. */
    public static Geometry toJts(GeoJsonObject geometry) {
        if (geometry == null) {
            return null;
        }
        if (geometry instanceof org.geojson.Point p) {
            return point(p.getCoordinates());
        }
        if (geometry instanceof org.geojson.LineString l) {
            return line(l.getCoordinates());
        }
        if (geometry instanceof org.geojson.Polygon p) {
            return polygon(p.getCoordinates());
        }
        if (geometry instanceof org.geojson.MultiPoint mp) {
            return FACTORY.createMultiPoint(
                    mp.getCoordinates().stream().map(GeoJsonReader::point).toArray(Point[]::new));
        }
        if (geometry instanceof org.geojson.MultiLineString ml) {
            return FACTORY.createMultiLineString(
                    ml.getCoordinates().stream().map(GeoJsonReader::line).toArray(LineString[]::new));
        }
        if (geometry instanceof org.geojson.MultiPolygon mp) {
            return FACTORY.createMultiPolygon(
                    mp.getCoordinates().stream().map(GeoJsonReader::polygon).toArray(Polygon[]::new));
        }
        if (geometry instanceof org.geojson.GeometryCollection gc) {
            return FACTORY.createGeometryCollection(
                    gc.getGeometries().stream().map(GeoJsonReader::toJts).toArray(Geometry[]::new));
        }
        throw new IllegalArgumentException(
                "Unsupported GeoJSON geometry: " + geometry.getClass().getSimpleName());
    }

    private static Point point(LngLatAlt c) {
        return FACTORY.createPoint(coordinate(c));
    }

    private static LineString line(List<LngLatAlt> coordinates) {
        return FACTORY.createLineString(coordinates(coordinates));
    }

    private static Polygon polygon(List<List<LngLatAlt>> rings) {
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Coordinate[] coordinates(List<LngLatAlt> list) {
        Coordinate[] out = new Coordinate[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = coordinate(list.get(i));
        }
        return out;
    }

    /** Longitude and latitude; an altitude is dropped (SIT is 2D), a fourth ordinate is refused, never dropped. */
    private static Coordinate coordinate(LngLatAlt c) {
        if (c.getAdditionalElements().length > 0) {
            throw new IllegalArgumentException("A GeoJSON position has at most 3 ordinates");
        }
        return new Coordinate(c.getLongitude(), c.getLatitude());
    }
}
