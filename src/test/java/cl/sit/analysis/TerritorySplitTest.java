package cl.sit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.analysis.TerritorySplit.Method;
import cl.sit.analysis.TerritorySplit.Result;
import cl.sit.analysis.TerritorySplit.Share;
import cl.sit.analysis.TerritorySplit.Unit;
import cl.sit.geometry.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Splits in WKT, on three unit squares straddling the equator (where geodesic length is linear in longitude). */
class TerritorySplitTest {

    private static final List<Unit> UNITS = List.of(
            unit("14102", "POLYGON ((1 -1, 2 -1, 2 1, 1 1, 1 -1))"),
            unit("14101", "POLYGON ((0 -1, 1 -1, 1 1, 0 1, 0 -1))"),
            unit("14103", "POLYGON ((2 -1, 3 -1, 3 1, 2 1, 2 -1))"));

    @Test
    void pointGoesToTheUnitThatContainsIt() {
        checkSplit("POINT (1.5 0.2)", Method.POINT, "14102", 1.0);
    }

    @Test
    void pointOnASharedBorderGoesToTheLowestCode() {
        checkSplit("POINT (1 0.5)", Method.POINT, "14101", 1.0);
        // The same whatever order the units come in.
        Result reversed = TerritorySplit.split(List.of(UNITS.get(2), UNITS.get(0), UNITS.get(1)), wkt("POINT (1 0.5)"));
        assertThat(reversed.shares()).containsExactly(new Share("14101", 1.0, Method.POINT));
    }

    @Test
    void multipointSplitsByCount() {
        checkSplit("MULTIPOINT ((0.5 0), (1.5 0), (1.6 0), (1.7 0))", Method.POINT, "14101", 0.25, "14102", 0.75);
    }

    @Test
    void lineCrossingTwoUnitsSplitsByLength() {
        checkSplit("LINESTRING (0.7 0, 1.7 0)", Method.LENGTH, "14101", 0.3, "14102", 0.7);
    }

    @Test
    void polygonOverThreeUnitsSplitsByArea() {
        Result r = TerritorySplit.split(UNITS, wkt("POLYGON ((0.5 -0.5, 2.5 -0.5, 2.5 0.5, 0.5 0.5, 0.5 -0.5))"));
        assertThat(r.shares()).extracting(Share::code).containsExactly("14101", "14102", "14103");
        assertThat(r.shares()).allMatch(s -> s.method() == Method.AREA);
        // Geodesic edges bulge a little, so the quarters are not exact.
        assertThat(r.shares().get(0).share()).isCloseTo(0.25, offset(1e-4));
        assertThat(r.shares().get(1).share()).isCloseTo(0.50, offset(1e-4));
        assertThat(r.shares().get(2).share()).isCloseTo(0.25, offset(1e-4));
        assertThat(sum(r)).isCloseTo(1.0, offset(1e-12));
        // Nothing lies outside: the part outside is measured itself, not as the whole minus the pieces (cutting adds
        // vertices, and geodesic edges make the pieces differ from the whole by about 1e-4 here).
        assertThat(r.outsideFraction()).isZero();
        assertThat(r.unassigned()).isZero();
    }

    @Test
    void aLinePartlyOutsideKeepsTheOutsidePartAsItsOwnShare() {
        Result r = TerritorySplit.split(UNITS, wkt("LINESTRING (-0.5 0, 0.5 0)"));
        assertThat(r.shares()).hasSize(1);
        assertThat(r.shares().get(0).code()).isEqualTo("14101");
        assertThat(r.shares().get(0).share()).isCloseTo(0.5, offset(1e-9));
        assertThat(r.outsideFraction()).isCloseTo(0.5, offset(1e-9));
        assertThat(r.unassigned()).isCloseTo(0.5, offset(1e-9));
        assertThat(sum(r) + r.unassigned()).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void aPolygonThirtyPercentOutsideGivesSeventyPercentToUnits() {
        Result r = TerritorySplit.split(UNITS, wkt("POLYGON ((-0.3 -0.5, 0.7 -0.5, 0.7 0.5, -0.3 0.5, -0.3 -0.5))"));
        assertThat(r.shares()).extracting(Share::code).containsExactly("14101");
        assertThat(r.shares().get(0).share()).isCloseTo(0.7, offset(1e-4));
        assertThat(r.unassigned()).isCloseTo(0.3, offset(1e-4));
        assertThat(sum(r) + r.unassigned()).isCloseTo(1.0, offset(1e-12));
    }

    @Test
    void multipointsCountThePointsOutside() {
        Result r = TerritorySplit.split(UNITS, wkt("MULTIPOINT ((0.5 0), (1.5 0), (1.6 0), (-1 0))"));
        assertThat(r.shares())
                .containsExactly(new Share("14101", 0.25, Method.POINT), new Share("14102", 0.5, Method.POINT));
        assertThat(r.unassigned()).isEqualTo(0.25);
    }

    @Test
    void overlappingUnitsShareWhatTheyBothHoldWithoutExceedingTheWhole() {
        List<Unit> overlapping = List.of(
                unit("A", "POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))"), unit("B", "POLYGON ((1 0, 3 0, 3 1, 1 1, 1 0))"));
        Result r = TerritorySplit.split(overlapping, wkt("LINESTRING (1.2 0.5, 1.8 0.5)"));
        assertThat(r.shares()).extracting(Share::share).containsExactly(0.5, 0.5);
        assertThat(r.unassigned()).isZero();
    }

    @Test
    void geometryOutsideEveryUnitGoesToTheNearestWithinTolerance() {
        Geometry offshore = wkt("POINT (-0.001 0)");
        Result near = new TerritorySplit(UNITS, 1000).split(offshore);
        assertThat(near.shares()).containsExactly(new Share("14101", 1.0, Method.NEAREST));
        assertThat(near.nearestDistanceM()).isCloseTo(111.32, offset(0.01));
        // Given whole to the nearest unit on purpose (and listed for reconciliation): nothing left unassigned.
        assertThat(near.unassigned()).isZero();
        Result far = new TerritorySplit(UNITS, 100).split(offshore);
        assertThat(far.linked()).isFalse();
        assertThat(far.unassigned()).isEqualTo(1.0);
        assertThat(TerritorySplit.split(UNITS, offshore).linked()).isFalse();
    }

    @Test
    void lineAlongASharedBorderIsShared() {
        checkSplit("LINESTRING (1 -0.5, 1 0.5)", Method.LENGTH, "14101", 0.5, "14102", 0.5);
    }

    private static void checkSplit(String geometry, Method method, Object... expected) {
        Result r = TerritorySplit.split(UNITS, wkt(geometry));
        assertThat(r.shares()).hasSize(expected.length / 2);
        for (int i = 0; i < expected.length; i += 2) {
            Share s = r.shares().get(i / 2);
            assertThat(s.code()).isEqualTo(expected[i]);
            assertThat(s.method()).isEqualTo(method);
            assertThat(s.share()).as(s.code()).isCloseTo((Double) expected[i + 1], offset(1e-9));
        }
        assertThat(sum(r)).isCloseTo(1.0, offset(1e-12));
    }

    private static double sum(Result r) {
        return r.shares().stream().mapToDouble(Share::share).sum();
    }

    private static Unit unit(String code, String polygon) {
        return new Unit(code, wkt(polygon));
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
