package cl.sit.regionalization;

import static cl.sit.regionalization.SkaterTest.checkRegions;
import static cl.sit.regionalization.SkaterTest.column;
import static cl.sit.regionalization.SkaterTest.grid;
import static cl.sit.regionalization.SkaterTest.line;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Max-p on small graphs: the number of regions, the floor, contiguity and reproducibility. */
class MaxPTest {

    @Test
    void aLineOfEqualUnitsGivesAsManyRegionsAsTheFloorAllows() {
        Floor floor = new Floor(new double[] {5, 5, 5, 5, 5, 5}, 10);
        Partition p = MaxP.partition(line(6), column(0, 0, 1, 1, 2, 2), floor, 7, 50);
        checkRegions(p, 0, 0, 1, 1, 2, 2);
    }

    @Test
    void everyRegionIsAboveTheFloorAndInOnePiece() {
        UnitGraph grid = grid(6, 6);
        double[] people = new double[36];
        double[][] z = new double[36][];
        for (int i = 0; i < 36; i++) {
            people[i] = 1 + (i * 37 % 11);
            z[i] = new double[] {Math.sin(i), (i % 6) / 6.0};
        }
        Floor floor = new Floor(people, 25);
        Partition p = MaxP.partition(grid, z, floor, 42, 100);
        assertThat(p.count()).isGreaterThan(3);
        assertThat(p.contiguous(grid)).isTrue();
        for (int r = 0; r < p.count(); r++) {
            assertThat(floor.sum(p.region(), r)).isGreaterThanOrEqualTo(25);
        }
        // The same seed gives the same regions.
        assertThat(MaxP.partition(grid, z, floor, 42, 100)).isEqualTo(p);
    }

    @Test
    void aFloorAboveTheTotalHasNoPartition() {
        Floor floor = new Floor(new double[] {1, 1, 1}, 10);
        assertThat(MaxP.partition(line(3), column(0, 1, 2), floor, 1, 10)).isNull();
    }

    @Test
    void twoClustersOfEnoughPeopleBecomeTwoRegions() {
        Floor floor = new Floor(new double[] {10, 10, 10, 10}, 20);
        Partition p = MaxP.partition(line(4), column(0, 0.1, 8, 8.2), floor, 3, 20);
        checkRegions(p, 0, 0, 1, 1);
    }

    @Test
    void theTimeLimitStopsTheTriesAfterTheFirstAndTheRegionsStayValid() {
        Floor floor = new Floor(new double[] {5, 5, 5, 5, 5, 5}, 10);
        MaxP.Result bounded = MaxP.run(line(6), column(0, 0, 1, 1, 2, 2), floor, 7, 50, 0);
        assertThat(bounded.tries()).isEqualTo(1);
        assertThat(bounded.partition().contiguous(line(6))).isTrue();
        for (int r = 0; r < bounded.partition().count(); r++) {
            assertThat(floor.sum(bounded.partition().region(), r)).isGreaterThanOrEqualTo(10);
        }
        assertThat(MaxP.run(line(6), column(0, 0, 1, 1, 2, 2), floor, 7, 50, Long.MAX_VALUE)
                        .tries())
                .isEqualTo(50);
    }
}
