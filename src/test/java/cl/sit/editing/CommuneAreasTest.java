package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.geometry.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** How much of a geometry lies outside a commune, on a unit square at the equator (geodesic ≈ planar there). */
class CommuneAreasTest {

    private static final Geometry COMMUNE = wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))");

    @Test
    void polygonsAreMeasuredByArea() {
        checkOutside("POLYGON ((0.5 0.2, 1.5 0.2, 1.5 0.4, 0.5 0.4, 0.5 0.2))", 0.5);
        checkOutside("POLYGON ((0.875 0.2, 1.0 0.2, 1.0 0.4, 0.875 0.4, 0.875 0.2))", 0);
    }

    @Test
    void linesAreMeasuredByLength() {
        checkOutside("LINESTRING (0.9 0.5, 1.3 0.5)", 0.75);
        checkOutside("MULTILINESTRING ((0.2 0.5, 0.4 0.5), (2 0.5, 2.2 0.5))", 0.5);
    }

    @Test
    void multipointsAreCounted() {
        checkOutside("MULTIPOINT ((0.5 0.5), (1 0.5), (2 0.5), (3 0.5))", 0.5);
        checkOutside("POINT (2 2)", 1);
    }

    private static void checkOutside(String geometry, double expected) {
        assertThat(CommuneAreas.outsideFraction(COMMUNE, wkt(geometry))).isCloseTo(expected, offset(1e-3));
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
