package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geometry.Geometries;
import cl.sit.regionalization.Contiguity.Rule;
import cl.sit.regionalization.UnitGraph.Kind;
import cl.sit.regionalization.UnitGraph.Link;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Neighbours from geometry in WKT (degrees near Valdivia's latitude): rook, queen, across water, islands. */
class ContiguityTest {

    /** A 2 × 2 block of squares of 0.1°: 0 1 on top, 2 3 below. */
    private static final List<Geometry> BLOCK = List.of(
            wkt("POLYGON ((-73.2 -39.8, -73.1 -39.8, -73.1 -39.7, -73.2 -39.7, -73.2 -39.8))"),
            wkt("POLYGON ((-73.1 -39.8, -73.0 -39.8, -73.0 -39.7, -73.1 -39.7, -73.1 -39.8))"),
            wkt("POLYGON ((-73.2 -39.9, -73.1 -39.9, -73.1 -39.8, -73.2 -39.8, -73.2 -39.9))"),
            wkt("POLYGON ((-73.1 -39.9, -73.0 -39.9, -73.0 -39.8, -73.1 -39.8, -73.1 -39.9))"));

    @Test
    void rookLinksSharedBordersAndQueenAlsoCorners() {
        checkLinks(Contiguity.of(BLOCK, Rule.ROOK, 0), "0-1 FRONTERA", "0-2 FRONTERA", "1-3 FRONTERA", "2-3 FRONTERA");
        checkLinks(
                Contiguity.of(BLOCK, Rule.QUEEN, 0),
                "0-1 FRONTERA",
                "0-2 FRONTERA",
                "0-3 VERTICE",
                "1-2 VERTICE",
                "1-3 FRONTERA",
                "2-3 FRONTERA");
    }

    @Test
    void unitsFacingEachOtherAcrossWaterAreLinkedWithinTheTolerance() {
        // Two squares 0.002° of longitude apart (about 171 m at 39.8° S).
        List<Geometry> banks = List.of(
                wkt("POLYGON ((-73.2 -39.8, -73.1 -39.8, -73.1 -39.7, -73.2 -39.7, -73.2 -39.8))"),
                wkt("POLYGON ((-73.098 -39.8, -73.0 -39.8, -73.0 -39.7, -73.098 -39.7, -73.098 -39.8))"));
        UnitGraph near = Contiguity.of(banks, Rule.QUEEN, 500);
        checkLinks(near, "0-1 DISTANCIA");
        assertThat(near.links().get(0).distanceM()).isBetween(165.0, 177.0);
        // Without a tolerance they are still joined, as two pieces, by their closest units.
        checkLinks(Contiguity.of(banks, Rule.QUEEN, 0), "0-1 CERCANA");
    }

    @Test
    void anIslandIsJoinedToItsClosestUnitOnly() {
        List<Geometry> units = new java.util.ArrayList<>(BLOCK);
        units.add(wkt("POLYGON ((-73.4 -39.95, -73.35 -39.95, -73.35 -39.9, -73.4 -39.9, -73.4 -39.95))"));
        UnitGraph g = Contiguity.of(units, Rule.ROOK, 0);
        assertThat(g.neighbours(4)).containsExactly(2);
        assertThat(g.links()).filteredOn(l -> l.kind() == Kind.CERCANA).hasSize(1);
        assertThat(Arrays.stream(g.components()).distinct().count()).isEqualTo(1);
    }

    private static void checkLinks(UnitGraph g, String... expected) {
        assertThat(g.links().stream().map(ContiguityTest::text).sorted().toList())
                .containsExactly(expected);
    }

    private static String text(Link l) {
        return l.a() + "-" + l.b() + " " + l.kind();
    }

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
