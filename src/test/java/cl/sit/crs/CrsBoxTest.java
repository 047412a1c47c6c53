package cl.sit.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cl.sit.geometry.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

class CrsBoxTest {

    @Test
    void utmBoxEdgesAreFollowedToTheMillimetre() {
        double[] box = {640_000, 5_560_000, 700_000, 5_600_000};
        Polygon p = CrsBox.toCrs84(ServedCrs.WGS84_UTM_18S, box, Geometries.FACTORY);
        assertThat(p.getNumPoints()).isGreaterThan(5);
        assertThat(p.isValid()).isTrue();
        // Every vertex maps back onto the edges of the UTM box.
        for (Coordinate c : p.getCoordinates()) {
            Coordinate utm = ServedCrs.WGS84_UTM_18S
                    .fromCrs84(Geometries.FACTORY.createPoint(c))
                    .getCoordinate();
            double toEdge = Math.min(
                    Math.min(Math.abs(utm.x - box[0]), Math.abs(utm.x - box[2])),
                    Math.min(Math.abs(utm.y - box[1]), Math.abs(utm.y - box[3])));
            assertThat(toEdge).isLessThanOrEqualTo(0.002);
        }
        // Midway between two vertices, the true edge is within about two millimetres of the polygon (a millimetre
        // of chord, and the millimetre the box is widened by).
        for (int i = 1; i < 50; i++) {
            double x = box[0] + (box[2] - box[0]) * i / 50;
            Coordinate onEdge = ServedCrs.WGS84_UTM_18S.toCrs84(x, box[1]);
            assertThat(p.getExteriorRing().distance(Geometries.FACTORY.createPoint(onEdge)))
                    .isLessThan(3e-8);
        }
    }

    @Test
    void webMercatorAndGeographicBoxesStayRectangles() {
        Polygon mercator = CrsBox.toCrs84(
                ServedCrs.WEB_MERCATOR,
                new double[] {-8_160_000, -4_900_000, -8_100_000, -4_840_000},
                Geometries.FACTORY);
        assertThat(mercator.getNumPoints()).isEqualTo(5);
        assertThat(mercator.isRectangle()).isTrue();
        Polygon latLon = CrsBox.toCrs84(ServedCrs.WGS84_LAT_LON, new double[] {-40, -74, -39, -73}, Geometries.FACTORY);
        assertThat(latLon.getEnvelopeInternal().getMinX()).isLessThan(-74).isCloseTo(-74, within(2e-8));
        assertThat(latLon.getEnvelopeInternal().getMaxY()).isGreaterThan(-39).isCloseTo(-39, within(2e-8));
    }

    /** A box made from an extent's corners in another CRS still holds the features on the extent's edges. */
    @Test
    void roundOffDoesNotLoseWhatLiesOnTheEdge() {
        Coordinate west = new Coordinate(-73.2458716, -39.8142);
        Coordinate east = new Coordinate(-72.0012345, -39.1234567);
        for (ServedCrs crs : new ServedCrs[] {ServedCrs.WEB_MERCATOR, ServedCrs.WGS84_UTM_18S}) {
            Coordinate lower =
                    crs.fromCrs84(Geometries.FACTORY.createPoint(west)).getCoordinate();
            Coordinate upper =
                    crs.fromCrs84(Geometries.FACTORY.createPoint(east)).getCoordinate();
            Polygon box = CrsBox.toCrs84(crs, new double[] {lower.x, lower.y, upper.x, upper.y}, Geometries.FACTORY);
            assertThat(box.intersects(Geometries.FACTORY.createPoint(west)))
                    .as(crs.name())
                    .isTrue();
            assertThat(box.intersects(Geometries.FACTORY.createPoint(east)))
                    .as(crs.name())
                    .isTrue();
        }
    }

    /** A box far larger than the Earth is clipped to the zone's domain and made of a bounded number of vertices. */
    @Test
    void aHugeBoxIsClippedAndItsPolygonBounded() {
        long start = System.nanoTime();
        Polygon p = CrsBox.toCrs84(ServedCrs.WGS84_UTM_18S, new double[] {0, -1e8, 1e6, 1e8}, Geometries.FACTORY);
        assertThat((System.nanoTime() - start) / 1e6).as("milliseconds").isLessThan(500);
        assertThat(p.getNumPoints()).isLessThanOrEqualTo(4 * CrsBox.MAX_VERTICES_PER_EDGE + 1);
        assertThat(p.isValid()).isTrue();
        assertThat(p.getEnvelopeInternal().getMaxY())
                .as("the equator, give or take")
                .isLessThan(0.01);
        assertThat(p.getEnvelopeInternal().getMinY()).isGreaterThanOrEqualTo(-90);
    }

    /** Past the depth limit, the polygon is widened so that it still covers every point of the true edge. */
    @Test
    void aLargeBoxStillCoversItsEdges() {
        double[] box = {300_000, 5_300_000, 900_000, 5_900_000};
        Polygon p = CrsBox.toCrs84(ServedCrs.WGS84_UTM_18S, box, Geometries.FACTORY);
        assertThat(p.getNumPoints()).isLessThanOrEqualTo(4 * CrsBox.MAX_VERTICES_PER_EDGE + 1);
        for (int i = 0; i <= 2000; i++) {
            double t = i / 2000.0;
            for (double[] xy : new double[][] {
                {box[0] + (box[2] - box[0]) * t, box[1]},
                {box[0] + (box[2] - box[0]) * t, box[3]},
                {box[0], box[1] + (box[3] - box[1]) * t},
                {box[2], box[1] + (box[3] - box[1]) * t}
            }) {
                Coordinate onEdge = ServedCrs.WGS84_UTM_18S.toCrs84(xy[0], xy[1]);
                assertThat(p.covers(Geometries.FACTORY.createPoint(onEdge)))
                        .as(xy[0] + " " + xy[1])
                        .isTrue();
            }
        }
    }

    @Test
    void aBoxOutsideTheDomainIsRejected() {
        // Easting 5 000 km: no position of the zone (nor of its neighbours) is there.
        assertThatThrownBy(() -> CrsBox.toCrs84(
                        ServedCrs.WGS84_UTM_19S, new double[] {5e6, 5e6, 5.1e6, 5.1e6}, Geometries.FACTORY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CrsBox.toCrs84(
                        ServedCrs.WEB_MERCATOR, new double[] {-8e6, 2.1e7, -7e6, 2.2e7}, Geometries.FACTORY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBoxWithoutLongitudeLatitudeIsRejected() {
        assertThatThrownBy(() ->
                        CrsBox.toCrs84(ServedCrs.WGS84_LAT_LON, new double[] {95, -74, 96, -73}, Geometries.FACTORY))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void projectedOutputIsRoundedToTheMillimetreAndGeographicIsSwappedExactly() throws Exception {
        Geometry lonLat =
                new WKTReader(Geometries.FACTORY).read("LINESTRING (-73.22582 -39.8316, -72.33704 -39.64431)");
        Geometry utm = ServedCrs.WGS84_UTM_18S.fromCrs84(lonLat);
        // cs2cs -f %.4f EPSG:4326 EPSG:32718 (PROJ 9.1.1): 651819.2439 5589427.3837, 728499.9336 5608330.4218
        assertThat(utm.getCoordinates()[0].x).isEqualTo(651819.244);
        assertThat(utm.getCoordinates()[0].y).isEqualTo(5589427.384);
        assertThat(utm.getCoordinates()[1].x).isCloseTo(728499.9336, within(0.0005));
        assertThat(lonLat.getCoordinates()[0].x).as("input untouched").isEqualTo(-73.22582);
        Geometry latLon = ServedCrs.WGS84_LAT_LON.fromCrs84(lonLat);
        assertThat(latLon.getCoordinates()[1]).isEqualTo(new Coordinate(-39.64431, -72.33704));
        assertThat(ServedCrs.CRS84.fromCrs84(lonLat)).isSameAs(lonLat);
    }

    @Test
    void urisAreTheOgcOnes() {
        assertThat(ServedCrs.fromUri("http://www.opengis.net/def/crs/EPSG/0/20049"))
                .hasValue(ServedCrs.SIRGAS_CHILE_UTM_19S);
        assertThat(ServedCrs.fromUri("EPSG:4326")).isEmpty();
        assertThat(ServedCrs.uris()).first().isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
    }
}
