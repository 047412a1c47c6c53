package cl.sit.crs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.impl.CoordinateArraySequence;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;

class PositionsTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    @Test
    void movesEveryPositionAndDropsZ() throws Exception {
        Geometry g = new WKTReader().read("LINESTRING Z (1 2 10, 3 4 20)");
        Positions.map(g, (x, y) -> new double[] {x * 10, y + 1});
        assertThat(g.getCoordinates())
                .extracting(c -> c.x, c -> c.y)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10.0, 3.0), org.assertj.core.groups.Tuple.tuple(30.0, 5.0));
        assertThat(g.getCoordinates()).allSatisfy(c -> assertThat(c.getZ()).isNaN());
    }

    /** Overlay output can hold 2D coordinates in a sequence that reports three ordinates. */
    @Test
    void acceptsTwoDimensionalCoordinatesInAThreeDimensionalSequence() {
        CoordinateArraySequence mixed = new CoordinateArraySequence(
                new Coordinate[] {
                    new CoordinateXY(0, 0), new Coordinate(1, 0, 5), new CoordinateXY(1, 1), new CoordinateXY(0, 0)
                },
                3);
        Geometry ring = FACTORY.createPolygon(mixed);
        Positions.map(ring, (x, y) -> new double[] {x + 2, y + 3});
        assertThat(ring.getCoordinates()).extracting(c -> c.x).containsExactly(2.0, 3.0, 3.0, 2.0);
        assertThat(ring.getCoordinates()).allSatisfy(c -> assertThat(c.getZ()).isNaN());
    }

    @Test
    void takesOverlayOutput() throws Exception {
        WKTReader wkt = new WKTReader();
        Geometry withZ = wkt.read("POLYGON Z ((0 0 1, 4 0 1, 4 4 1, 0 4 1, 0 0 1))");
        Geometry flat = wkt.read("POLYGON ((2 2, 6 2, 6 6, 2 6, 2 2))");
        Geometry cut = OverlayNG.overlay(withZ, flat, OverlayNG.INTERSECTION);
        Positions.map(cut, (x, y) -> new double[] {-x, -y});
        assertThat(cut.getArea()).isEqualTo(4.0);
        assertThat(cut.getEnvelopeInternal().getMinX()).isEqualTo(-4.0);
    }
}
