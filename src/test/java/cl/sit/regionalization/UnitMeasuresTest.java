package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.geometry.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** A region's area and perimeter from its units' measures equal those of the dissolved region. */
class UnitMeasuresTest {

    /** 0 1 on top, 2 3 below (0.1° squares); 1 has an extra vertex on its border with 0, which 0 also has. */
    private static final List<Geometry> BLOCK = List.of(
            wkt("POLYGON ((-73.2 -39.8, -73.1 -39.8, -73.1 -39.75, -73.1 -39.7, -73.2 -39.7, -73.2 -39.8))"),
            wkt("POLYGON ((-73.1 -39.8, -73.0 -39.8, -73.0 -39.7, -73.1 -39.7, -73.1 -39.75, -73.1 -39.8))"),
            wkt("POLYGON ((-73.2 -39.9, -73.1 -39.9, -73.1 -39.8, -73.2 -39.8, -73.2 -39.9))"),
            wkt("POLYGON ((-73.1 -39.9, -73.0 -39.9, -73.0 -39.8, -73.1 -39.8, -73.1 -39.9))"));

    @Test
    void sharedBordersAreTheSegmentsTwoUnitsHaveInCommon() {
        UnitMeasures m = UnitMeasures.of(BLOCK);
        assertThat(m.sharedM(0, 1))
                .isCloseTo(
                        GeodesicMeasure.distanceM(
                                BLOCK.get(0).getCoordinates()[1], BLOCK.get(0).getCoordinates()[3]),
                        within(1e-6));
        assertThat(m.sharedM(1, 0)).isEqualTo(m.sharedM(0, 1));
        assertThat(m.share(0, 3)).as("a corner only").isFalse();
        assertThat(m.share(1, 3)).isTrue();
        assertThat(m.areaM2(0)).isCloseTo(GeodesicMeasure.areaM2(BLOCK.get(0)), within(1e-6));
    }

    @Test
    void regionsMeasureAsTheirDissolvedShapes() {
        UnitMeasures m = UnitMeasures.of(BLOCK);
        Partition p = Partition.of(new int[] {0, 0, 1, 0});
        double[][] regions = m.regions(p);
        MultiPolygon l = RegionShapes.dissolve(List.of(BLOCK.get(0), BLOCK.get(1), BLOCK.get(3)));
        assertThat(regions[0][0]).isCloseTo(GeodesicMeasure.areaM2(l), within(1e-3));
        assertThat(regions[0][1]).isCloseTo(GeodesicMeasure.lengthM(l.getBoundary()), within(1e-6));
        assertThat(regions[1][1]).isCloseTo(GeodesicMeasure.lengthM(BLOCK.get(2).getBoundary()), within(1e-6));
        List<RegionShapes.Shape> shapes = RegionShapes.of(m, p);
        // 0.1° by 0.1° at 39.85° S: 8.5 by 11.1 km, so π·a·b/(a+b)² ≈ 0.772 (a square would be π/4).
        assertThat(shapes.get(1).polsbyPopper()).isCloseTo(0.772, within(0.001));
        assertThat(shapes.get(1).areaKm2()).isCloseTo(GeodesicMeasure.areaKm2(BLOCK.get(2)), within(1e-9));
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
