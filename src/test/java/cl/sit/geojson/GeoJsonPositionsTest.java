package cl.sit.geojson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GeoJsonPositionsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void countsThePositionsOfEveryGeometryType() {
        checkCount("{\"type\":\"Point\",\"coordinates\":[1,2]}", 1);
        checkCount("{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4],[5,6]]}", 3);
        checkCount(
                "{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1],[0,0]]],"
                        + "[[[5,5],[6,5],[6,6],[5,5]],[[5.1,5.1],[5.2,5.1],[5.2,5.2],[5.1,5.1]]]]}",
                12);
        checkCount(
                "{\"type\":\"GeometryCollection\",\"geometries\":[{\"type\":\"Point\",\"coordinates\":[1,2]},"
                        + "{\"type\":\"LineString\",\"coordinates\":[[1,2],[3,4]]}]}",
                3);
        checkCount("null", 0);
    }

    @Test
    void twoOrThreeNumbersMakeAPosition() {
        checkValid("{\"type\":\"Point\",\"coordinates\":[-73.39,-39.98]}");
        checkValid("{\"type\":\"Point\",\"coordinates\":[-73.39,-39.98,12.5]}");
        checkInvalid("{\"type\":\"Point\",\"coordinates\":[\"-73.39\",\"-39.98\"]}", "números");
        checkInvalid("{\"type\":\"Point\",\"coordinates\":[-73.39,-39.98,0,0]}", "2 números");
        checkInvalid("{\"type\":\"Point\",\"coordinates\":[-73.39]}", "2 números");
        checkInvalid("{\"type\":\"LineString\",\"coordinates\":[[1,2],3]}", "lista de posiciones");
        checkInvalid("{\"type\":\"LineString\",\"coordinates\":[[[[[1,2]]]]]}", "niveles");
    }

    private static void checkCount(String geometry, long expected) {
        assertThat(GeoJsonPositions.scan(JSON.readTree(geometry)).positions()).isEqualTo(expected);
    }

    private static void checkValid(String geometry) {
        assertThat(GeoJsonPositions.scan(JSON.readTree(geometry)).problem()).isNull();
    }

    private static void checkInvalid(String geometry, String phrase) {
        assertThat(GeoJsonPositions.scan(JSON.readTree(geometry)).problem()).contains(phrase);
    }
}
