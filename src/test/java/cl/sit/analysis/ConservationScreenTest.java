package cl.sit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.analysis.ConservationScreen.Area;
import cl.sit.analysis.ConservationScreen.Result;
import cl.sit.geometry.Geometries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Screening in WKT against a park and a priority site at the equator (1° of longitude = 111,319.49 m). */
class ConservationScreenTest {

    private static final ConservationScreen SCREEN = new ConservationScreen(List.of(
            new Area("area_protegida", "PN-1", "Parque", wkt("POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")),
            new Area("sitio_prioritario", "SP-1", "Sitio", wkt("POLYGON ((2 0, 3 0, 3 1, 2 1, 2 0))"))));

    @Test
    void pointInsideAPark() {
        Result r = SCREEN.screen(wkt("POINT (0.5 0.5)"), 1000);
        assertThat(r.status()).isEqualTo("dentro");
        assertThat(r.inside()).extracting(ConservationScreen.Overlap::code).containsExactly("PN-1");
        assertThat(r.nearestM()).isZero();
    }

    @Test
    void pointNearAParkDependsOnTheBuffer() {
        Geometry east = wkt("POINT (1.01 0)");
        assertThat(SCREEN.screen(east, 1000).status()).isEqualTo("lejos");
        Result near = SCREEN.screen(east, 1200);
        assertThat(near.status()).isEqualTo("cerca");
        assertThat(near.nearestM()).isCloseTo(1113.19, offset(0.01));
        assertThat(near.near().get(0).code()).isEqualTo("PN-1");
    }

    @Test
    void lineCrossingAParkReportsTheLengthInside() {
        Result r = SCREEN.screen(wkt("LINESTRING (-0.5 0, 0.5 0)"), 0);
        assertThat(r.inside()).hasSize(1);
        assertThat(r.inside().get(0).lengthM()).isCloseTo(55659.75, offset(0.01));
    }

    @Test
    void polygonOverlappingTwoAreasReportsHectaresEach() {
        Result r = SCREEN.screen(wkt("POLYGON ((0.9 0.1, 2.1 0.1, 2.1 0.2, 0.9 0.2, 0.9 0.1))"), 0);
        assertThat(r.inside()).extracting(ConservationScreen.Overlap::code).containsExactly("PN-1", "SP-1");
        // Each overlap is 0.1° × 0.1° near the equator: about 12,308 ha.
        r.inside().forEach(o -> assertThat(o.areaHa()).isCloseTo(12_308, offset(5.0)));
    }

    @Test
    void farAwayIsNotListed() {
        Result r = SCREEN.screen(wkt("POINT (10 10)"), 5000);
        assertThat(r.status()).isEqualTo("lejos");
        assertThat(r.nearestM()).isNaN();
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
