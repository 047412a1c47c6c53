package cl.sit.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Label points in WKT (near the equator, where the longitude scale is about 1), and on the real communes. */
class LabelPointTest {

    /** A U open to the north: its arms are 1 wide, its base 1 high; the centroid (2.5, ~1.3) is in the gap. */
    private static final String U = "POLYGON ((0 0, 5 0, 5 4, 4 4, 4 1, 1 1, 1 4, 0 4, 0 0))";

    @Test
    void aConcavePolygonGetsAPointInsideAwayFromItsEdges() {
        Geometry u = wkt(U);
        Point p = checkInside(U);
        assertThat(u.getCentroid().within(u))
                .as("the centroid falls in the gap")
                .isFalse();
        // The widest places of the U are 1 across: the point is about half of that from the nearest edge.
        assertThat(u.getBoundary().distance(p)).isGreaterThan(0.45);
    }

    @Test
    void aMultiPolygonUsesItsLargestPart() {
        String islands = "MULTIPOLYGON (((0 0, 1 0, 1 1, 0 1, 0 0)), ((10 0, 14 0, 14 4, 10 4, 10 0)),"
                + " ((20 0, 22 0, 22 2, 20 2, 20 0)))";
        Point p = checkInside(islands);
        assertThat(p.getX()).isCloseTo(12, org.assertj.core.data.Offset.offset(0.01));
        assertThat(p.getY()).isCloseTo(2, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aPolygonWithAHoleGetsAPointOutsideTheHole() {
        checkInside("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (3 3, 7 3, 7 7, 3 7, 3 3))");
    }

    @Test
    void aGeometryWithoutPolygonsHasNone() {
        assertThat(LabelPoint.of(wkt("LINESTRING (0 0, 1 1)"))).isNull();
        assertThat(LabelPoint.of(wkt("POLYGON EMPTY"))).isNull();
    }

    @Test
    void everyNationalAndLosRiosCommuneGetsAPointInsideItsLargestPart() throws IOException {
        // The 345 communes and the "Zona sin demarcar".
        checkAllInside("data/chile/comunas_chile_bcn_simplificado.geojson", 346);
        checkAllInside("data/los-rios/comunas_los_rios_bcn.geojson", 12);
        checkAllInside("data/los-rios/comunas_los_rios_subdere2023_simplificado.geojson", 12);
    }

    private static void checkAllInside(String file, int count) throws IOException {
        List<SourceFeature> communes;
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            communes = GeoJsonReader.readFeatures(in);
        }
        assertThat(communes.size()).isEqualTo(count);
        List<Point> points = null;
        for (int round = 1; round <= 3; round++) { // the first round includes the JIT's warm-up
            long start = System.nanoTime();
            points = communes.stream().map(c -> LabelPoint.of(c.geometry())).toList();
            System.out.printf(
                    "LabelPoint: %d features of %s in %d ms (round %d)%n",
                    count, file, (System.nanoTime() - start) / 1_000_000, round);
        }
        for (int i = 0; i < count; i++) {
            assertThat(LabelPoint.largestPart(communes.get(i).geometry()).contains(points.get(i)))
                    .as("label point of %s", communes.get(i).properties())
                    .isTrue();
        }
    }

    private static Point checkInside(String wkt) {
        Geometry g = wkt(wkt);
        Point p = LabelPoint.of(g);
        assertThat(p).isNotNull();
        assertThat(g.contains(p)).as("%s inside %s", p, wkt).isTrue();
        return p;
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
