package cl.sit.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geometry.Geometries;
import cl.sit.layer.Feature;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.io.WKTReader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonWriterTest {

    @Test
    void point() throws Exception {
        checkGeometry("POINT (-73.2258 -39.8316)", "{\"type\":\"Point\",\"coordinates\":[-73.2258,-39.8316]}");
    }

    @Test
    void lineString() throws Exception {
        checkGeometry("LINESTRING (0 0, 1 1.5)", "{\"type\":\"LineString\",\"coordinates\":[[0.0,0.0],[1.0,1.5]]}");
    }

    @Test
    void polygonWithHole() throws Exception {
        checkGeometry(
                "POLYGON ((0 0, 10 0, 10 10, 0 0), (1 1, 2 1, 2 2, 1 1))",
                "{\"type\":\"Polygon\",\"coordinates\":[[[0.0,0.0],[10.0,0.0],[10.0,10.0],[0.0,0.0]],"
                        + "[[1.0,1.0],[2.0,1.0],[2.0,2.0],[1.0,1.0]]]}");
    }

    @Test
    void multiPolygon() throws Exception {
        checkGeometry(
                "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))",
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]],"
                        + "[[[5.0,5.0],[6.0,5.0],[6.0,6.0],[5.0,5.0]]]]}");
    }

    @Test
    void multiPointAndMultiLine() throws Exception {
        checkGeometry("MULTIPOINT ((1 2), (3 4))", "{\"type\":\"MultiPoint\",\"coordinates\":[[1.0,2.0],[3.0,4.0]]}");
        checkGeometry(
                "MULTILINESTRING ((0 0, 1 1), (2 2, 3 3))",
                "{\"type\":\"MultiLineString\",\"coordinates\":[[[0.0,0.0],[1.0,1.0]],[[2.0,2.0],[3.0,3.0]]]}");
    }

    @Test
    void geometryCollection() throws Exception {
        checkGeometry(
                "GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))",
                "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1.0,2.0]},"
                        + "{\"type\":\"LineString\",\"coordinates\":[[0.0,0.0],[1.0,1.0]]}]}");
    }

    @Test
    void emptyGeometryIsNull() throws Exception {
        checkGeometry("POLYGON EMPTY", "null");
    }

    @Test
    void featureWithEveryPropertyType() throws Exception {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("nombre", "Río Bueno <b>");
        props.put("poblacion", 32627L);
        props.put("area_km2", 2211.5);
        props.put("snaspe", true);
        props.put("desde", LocalDate.of(2007, 10, 2));
        props.put("nada", null);
        Feature f = new Feature("14204", props, new WKTReader(Geometries.FACTORY).read("POINT (1 2)"));
        assertThat(write(g -> GeoJsonWriter.writeFeature(g, f)))
                .isEqualTo("{\"type\":\"Feature\",\"id\":\"14204\","
                        + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1.0,2.0]},\"properties\":{\"nombre\":"
                        + "\"Río Bueno <b>\",\"poblacion\":32627,\"area_km2\":2211.5,\"snaspe\":true,"
                        + "\"desde\":\"2007-10-02\",\"nada\":null}}");
    }

    private static void checkGeometry(String wkt, String expected) throws Exception {
        var geometry = new WKTReader(Geometries.FACTORY).read(wkt);
        assertThat(write(g -> GeoJsonWriter.writeGeometry(g, geometry))).isEqualTo(expected);
    }

    private static String write(Consumer<JsonGenerator> body) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
            body.accept(g);
        }
        return out.toString();
    }
}
