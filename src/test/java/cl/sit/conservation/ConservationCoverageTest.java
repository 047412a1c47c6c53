package cl.sit.conservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.conservation.ConservationCoverage.Area;
import cl.sit.conservation.ConservationCoverage.Coverage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Conservation coverage of a territory, in WKT (EPSG:4326, degrees), checked against geodesic areas. */
class ConservationCoverageTest {

    private static final WKTReader WKT = new WKTReader(new GeometryFactory(new PrecisionModel(), 4326));
    /** A one-degree square at the latitude of Valdivia. */
    private static final String TERRITORY = "POLYGON ((-73 -40, -72 -40, -72 -39, -73 -39, -73 -40))";

    @Test
    void anAreaHalfInsideCountsItsInsidePart() {
        checkCoverage(
                TERRITORY,
                List.of("POLYGON ((-72.5 -40, -71 -40, -71 -39, -72.5 -39, -72.5 -40))"),
                "POLYGON ((-72.5 -40, -72 -40, -72 -39, -72.5 -39, -72.5 -40))");
    }

    @Test
    void overlappingAreasCountOnce() {
        Coverage c = checkCoverage(
                TERRITORY,
                List.of(
                        "POLYGON ((-73 -40, -72.5 -40, -72.5 -39.5, -73 -39.5, -73 -40))",
                        "POLYGON ((-72.75 -40, -72.25 -40, -72.25 -39.5, -72.75 -39.5, -72.75 -40))"),
                // The union keeps the corners of both squares: an edge along a parallel is not a geodesic, so the
                // expected polygon must have the same vertices to have the same geodesic area.
                "POLYGON ((-73 -40, -72.75 -40, -72.5 -40, -72.25 -40, -72.25 -39.5, -72.5 -39.5, -72.75 -39.5,"
                        + " -73 -39.5, -73 -40))");
        assertThat(c.unidades()).hasSize(2);
        double parts = c.unidades().stream()
                .mapToDouble(ConservationCoverage.Part::areaKm2)
                .sum();
        assertThat(parts).as("each unit keeps its own part").isGreaterThan(c.areaKm2());
    }

    @Test
    void areasOutsideAndTouchingOnlyAlongTheBorderAreLeftOut() {
        Coverage c = checkCoverage(
                TERRITORY,
                List.of(
                        "POLYGON ((-75 -40, -74 -40, -74 -39, -75 -39, -75 -40))",
                        "POLYGON ((-72 -40, -71 -40, -71 -39, -72 -39, -72 -40))"),
                null);
        assertThat(c.unidades()).isEmpty();
        assertThat(c.porcentaje()).isZero();
    }

    @Test
    void anAreaCoveringTheTerritoryIsAHundredPercent() {
        Coverage c =
                checkCoverage(TERRITORY, List.of("POLYGON ((-74 -41, -71 -41, -71 -38, -74 -38, -74 -41))"), TERRITORY);
        assertThat(c.porcentaje()).isCloseTo(100.0, offset(1e-9));
    }

    @Test
    void anInvalidAreaIsRepairedFirst() {
        // A bow-tie whose two lobes lie inside the territory.
        Coverage c = ConservationCoverage.of(
                geometry(TERRITORY),
                List.of(area("MOÑO", "POLYGON ((-72.9 -39.9, -72.1 -39.1, -72.1 -39.9, -72.9 -39.1, -72.9 -39.9))")));
        assertThat(c.unidades()).hasSize(1);
        assertThat(c.areaKm2()).isPositive();
        assertThat(c.porcentaje()).isBetween(10.0, 60.0);
    }

    @Test
    void partsAreListedLargestFirst() {
        Coverage c = ConservationCoverage.of(
                geometry(TERRITORY),
                List.of(
                        area("A", "POLYGON ((-73 -40, -72.9 -40, -72.9 -39.9, -73 -39.9, -73 -40))"),
                        area("B", "POLYGON ((-72.5 -39.5, -72.2 -39.5, -72.2 -39.2, -72.5 -39.2, -72.5 -39.5))")));
        assertThat(c.unidades()).extracting(ConservationCoverage.Part::codigo).containsExactly("B", "A");
    }

    /**
     * Checks the covered area against the geodesic area of {@code expectedWkt} (null: nothing covered) and the
     * percentage against the territory's geodesic area.
     */
    private static Coverage checkCoverage(String territoryWkt, List<String> areaWkts, String expectedWkt) {
        List<Area> areas = new ArrayList<>();
        for (int i = 0; i < areaWkts.size(); i++) {
            areas.add(area("A" + i, areaWkts.get(i)));
        }
        Geometry territory = geometry(territoryWkt);
        Coverage c = ConservationCoverage.of(territory, areas);
        double expected = expectedWkt == null ? 0 : GeodesicMeasure.areaKm2(geometry(expectedWkt));
        assertThat(c.areaKm2()).isCloseTo(expected, offset(1e-6 * (1 + expected)));
        assertThat(c.porcentaje()).isCloseTo(100 * expected / GeodesicMeasure.areaKm2(territory), offset(1e-6));
        return c;
    }

    private static Area area(String code, String wkt) {
        return new Area(code, "Área " + code, null, geometry(wkt));
    }

    private static Geometry geometry(String wkt) {
        try {
            return WKT.read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
