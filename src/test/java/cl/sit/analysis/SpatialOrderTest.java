package cl.sit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class SpatialOrderTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void neighboursOnTheGroundBecomeNeighboursInTheList() {
        // Two clusters far apart (Arica and Punta Arenas), interleaved in the input.
        List<String> items = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            boolean north = i % 2 == 0;
            items.add((north ? "N" : "S") + i);
            geometries.add(point(north ? -70.3 + i * 0.001 : -70.9 + i * 0.001, north ? -18.5 : -53.1));
        }
        List<String> ordered = SpatialOrder.of(items, geometries);
        String clusters =
                String.join("", ordered.stream().map(s -> s.substring(0, 1)).toList());
        assertThat(clusters).isIn("NNNSSS", "SSSNNN");
        assertThat(ordered).containsExactlyInAnyOrderElementsOf(items);
    }

    @Test
    void itemsWithoutGeometryGoLastInTheirOrder() {
        List<Geometry> geometries = Arrays.asList(null, point(-73, -40), null, point(-73.1, -40.1));
        assertThat(SpatialOrder.of(List.of(1, 2, 3, 4), geometries))
                .endsWith(1, 3)
                .hasSize(4);
    }

    @Test
    void aSingleOrNoItemIsFine() {
        assertThat(SpatialOrder.of(List.of(7), List.of(point(-73, -40)))).containsExactly(7);
        assertThat(SpatialOrder.<Integer>of(List.of(), List.of())).isEmpty();
    }

    private static Geometry point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }
}
