package cl.sit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filters that would exhaust the stack or the memory are refused with an {@link InvalidFilter}. */
class FilterLimitsTest {

    @ParameterizedTest
    @ValueSource(ints = {51, 500, 20_000})
    void deepTextNestingIsRefused(int depth) {
        String parentheses = "(".repeat(depth) + "nombre = 'a'" + ")".repeat(depth);
        assertRefused(Filters.CQL2_TEXT, parentheses, "anida expresiones más de 50 niveles");
        assertRefused(Filters.CQL2_TEXT, "NOT ".repeat(depth) + "nombre = 'a'", "anida expresiones más de 50");
    }

    @Test
    void nestingUpToTheLimitIsAccepted() {
        String text = "(".repeat(25) + "NOT ".repeat(25) + "nombre = 'a'" + ")".repeat(25);
        assertThat(Filters.bind(Filters.parse(text, Filters.CQL2_TEXT), FiltersTest.COMMUNES))
                .isNotNull();
        assertThat(Filters.bind(Filters.parse(jsonNots(50), Filters.CQL2_JSON), FiltersTest.COMMUNES))
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {51, 500, 20_000})
    void deepJsonNestingIsRefused(int depth) {
        assertRefused(Filters.CQL2_JSON, jsonNots(depth), "más de 50 niveles");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"op\":[\"=\"]}", "{\"op\":{\"a\":1},\"args\":[]}", "{\"op\":3,\"args\":[1,1]}"})
    void anOperatorThatIsNoNameIsRefused(String json) {
        assertRefused(Filters.CQL2_JSON, json, "/op");
    }

    @Test
    void deeplyNestedGeometriesAreRefused() {
        String wkt = "GEOMETRYCOLLECTION (".repeat(5000) + "POINT (1 1)" + ")".repeat(5000);
        assertRefused(Filters.CQL2_TEXT, "S_INTERSECTS(geometry, " + wkt + ")", "una geometría más de 8");
        String geoJson = "{\"type\":\"GeometryCollection\",\"geometries\":[".repeat(2000)
                + "{\"type\":\"Point\",\"coordinates\":[1,1]}" + "]}".repeat(2000);
        assertRefused(
                Filters.CQL2_JSON,
                "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"}," + geoJson + "]}",
                "niveles");
        assertThatThrownBy(() -> Filters.intersectsWkt(wkt)).isInstanceOf(InvalidFilter.class);
    }

    @Test
    void geometriesWithTooManyVerticesAreRefused() {
        StringBuilder line = new StringBuilder("LINESTRING (");
        for (int i = 0; i <= FilterLimits.MAX_VERTICES; i++) {
            line.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.6f -40", -73 + i * 1e-5));
        }
        String wkt = line.append(')').toString();
        assertRefused(Filters.CQL2_TEXT, "S_INTERSECTS(geometry, " + wkt + ")", "más de 10000 vértices");
        assertThatThrownBy(() -> Filters.bind(Filters.intersectsWkt(wkt), FiltersTest.COMMUNES))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining("vértices");
    }

    private static String jsonNots(int depth) {
        return "{\"op\":\"not\",\"args\":[".repeat(depth) + "{\"op\":\"=\",\"args\":[{\"property\":\"nombre\"},\"a\"]}"
                + "]}".repeat(depth);
    }

    private static void assertRefused(String language, String filter, String message) {
        assertThatThrownBy(() -> Filters.bind(Filters.parse(filter, language), FiltersTest.COMMUNES))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining(message);
    }
}
