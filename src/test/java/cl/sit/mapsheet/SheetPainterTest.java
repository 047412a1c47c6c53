package cl.sit.mapsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.geom.Point2D;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

class SheetPainterTest {

    @Test
    void theScaleBarIsARoundLengthUpToAFifthOfTheFrame() {
        assertThat(SheetPainter.scaleLength(100, 1000)).isEqualTo(20_000);
        assertThat(SheetPainter.scaleLength(130, 1000)).isEqualTo(20_000);
        assertThat(SheetPainter.scaleLength(300, 1000)).isEqualTo(50_000);
        assertThat(SheetPainter.scaleLength(0.9, 1000)).isEqualTo(100);
    }

    @Test
    void theViewKeepsTheAskedBoxWholeAndCentredWithoutStretching() {
        Viewport view = new Viewport(new Envelope(-74, -72, -41, -39), 2000, 1000);
        Envelope drawn = view.lonLat();
        assertThat(drawn.getMinY()).isCloseTo(-41, within(1e-9));
        assertThat(drawn.getMaxY()).isCloseTo(-39, within(1e-9));
        assertThat(drawn.getMinX()).isLessThan(-74);
        assertThat(drawn.getMaxX()).isGreaterThan(-72);
        assertThat((drawn.getMinX() + drawn.getMaxX()) / 2).isCloseTo(-73, within(1e-9));
        Point2D corner = new Point2D.Double();
        view.toPixel(new Coordinate(drawn.getMinX(), drawn.getMaxY()), corner);
        assertThat(corner.getX()).isCloseTo(0, within(1e-6));
        assertThat(corner.getY()).isCloseTo(0, within(1e-6));
        view.toPixel(new Coordinate(drawn.getMaxX(), drawn.getMinY()), corner);
        assertThat(corner.getX()).isCloseTo(2000, within(1e-6));
        assertThat(corner.getY()).isCloseTo(1000, within(1e-6));
        // Ground metres per pixel at about 40° S: Web Mercator metres times cos(latitude).
        assertThat(view.groundMetresPerPixel()).isBetween(200.0, 240.0);
    }
}
