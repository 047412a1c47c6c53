package cl.sit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.geometry.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeodesicMeasureTest {

    @Test
    void oneDegreeCellAtTheEquator() throws Exception {
        // Reference: GeographicLib / pyproj Geod(ellps='WGS84') gives 12308.778 km² for this cell.
        assertThat(GeodesicMeasure.areaKm2(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")))
                .isCloseTo(12308.78, offset(0.01));
    }

    @Test
    void orientationDoesNotChangeTheArea() throws Exception {
        double ccw = GeodesicMeasure.areaKm2(wkt("POLYGON ((-73 -40, -72 -40, -72 -39, -73 -39, -73 -40))"));
        double cw = GeodesicMeasure.areaKm2(wkt("POLYGON ((-73 -40, -73 -39, -72 -39, -72 -40, -73 -40))"));
        assertThat(cw).isEqualTo(ccw);
        // A 1°×1° cell at 39-40° S (Los Ríos) is about 9,500 km².
        assertThat(ccw).isBetween(9400.0, 9600.0);
    }

    @Test
    void holesAreSubtractedAndPartsAdded() throws Exception {
        double outer = GeodesicMeasure.areaKm2(wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))"));
        double hole = GeodesicMeasure.areaKm2(wkt("POLYGON ((0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.4, 0.2 0.2))"));
        double withHole = GeodesicMeasure.areaKm2(
                wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0), (0.2 0.2, 0.4 0.2, 0.4 0.4, 0.2 0.4, 0.2 0.2))"));
        assertThat(withHole).isCloseTo(outer - hole, offset(1e-9));
        double two = GeodesicMeasure.areaKm2(
                wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((0 0, -1 0, -1 -1, 0 -1, 0 0)))"));
        assertThat(two).isCloseTo(2 * outer, offset(1e-6));
    }

    @Test
    void pointsAndLinesHaveNoArea() throws Exception {
        assertThat(GeodesicMeasure.areaKm2(wkt("POINT (1 1)"))).isZero();
        assertThat(GeodesicMeasure.areaKm2(wkt("LINESTRING (0 0, 1 1)"))).isZero();
    }

    @Test
    void lengthAlongTheEquatorAndAMeridian() throws Exception {
        assertThat(GeodesicMeasure.lengthM(wkt("LINESTRING (0 0, 1 0)"))).isCloseTo(111319.49, offset(0.01));
        assertThat(GeodesicMeasure.lengthM(wkt("LINESTRING (0 0, 0 1)"))).isCloseTo(110574.39, offset(0.01));
        assertThat(GeodesicMeasure.lengthM(wkt("MULTILINESTRING ((0 0, 1 0), (0 0, 1 0))")))
                .isCloseTo(2 * 111319.49, offset(0.02));
        assertThat(GeodesicMeasure.lengthM(wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))")))
                .isZero();
    }

    private static Geometry wkt(String text) throws ParseException {
        return new WKTReader(Geometries.FACTORY).read(text);
    }
}
