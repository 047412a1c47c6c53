package cl.sit.regionalization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SKATER on small graphs whose best regions are known. */
class SkaterTest {

    @Test
    void aLineOfUnitsIsCutWhereTheValuesJump() {
        UnitGraph line = line(6);
        double[][] z = column(1, 1.2, 0.9, 10, 10.3, 9.8);
        checkRegions(Skater.partition(line, z, 2, 1, null), 0, 0, 0, 1, 1, 1);
        checkRegions(Skater.partition(line, z, 1, 1, null), 0, 0, 0, 0, 0, 0);
    }

    @Test
    void twoObviousClustersOnAGridAreFoundWhateverTheirShape() {
        // 3 × 3 grid; an L of high values along the top row and the right column.
        UnitGraph grid = grid(3, 3);
        double[][] z = column(9, 9, 9, 0, 0, 9, 0, 0, 9);
        checkRegions(Skater.partition(grid, z, 2, 1, null), 0, 0, 0, 1, 1, 0, 1, 1, 0);
    }

    @Test
    void theWithinSumOfSquaresNeverGrowsWithK() {
        UnitGraph grid = grid(5, 5);
        double[][] z = new double[25][2];
        for (int i = 0; i < 25; i++) {
            z[i] = new double[] {Math.sin(i * 1.7), Math.cos(i * 0.9) * (i % 5)};
        }
        double previous = Double.MAX_VALUE;
        for (int k = 1; k <= 10; k++) {
            Partition p = Skater.partition(grid, z, k, 1, null);
            assertThat(p.count()).isEqualTo(k);
            assertThat(p.contiguous(grid)).isTrue();
            double ss = Quality.withinSs(z, p.region(), p.count());
            assertThat(ss).isLessThanOrEqualTo(previous + 1e-9);
            previous = ss;
        }
    }

    @Test
    void cutsRespectTheMinimumSizeAndTheFloor() {
        UnitGraph line = line(6);
        double[][] z = column(0, 100, 0, 0, 0, 0);
        // Without limits the outlier ends alone in 3 regions; with 2 units at least it cannot.
        checkRegions(Skater.partition(line, z, 3, 1, null), 0, 1, 2, 2, 2, 2);
        assertThat(java.util.Arrays.stream(Skater.partition(line, z, 3, 2, null).sizes())
                        .min()
                        .orElseThrow())
                .isGreaterThanOrEqualTo(2);
        Floor people = new Floor(new double[] {10, 10, 10, 10, 10, 10}, 30);
        Partition p = Skater.partition(line, z, 3, 1, people);
        checkRegions(p, 0, 0, 0, 1, 1, 1); // a third region would fall below 30
    }

    @Test
    void anIslandLinkedToItsClosestUnitJoinsItsRegion() {
        // Units 0-1-2 in a line, unit 3 an island linked to 2 only through its nearest-unit link.
        UnitGraph g = new UnitGraph(
                4,
                List.of(
                        new UnitGraph.Link(0, 1, UnitGraph.Kind.FRONTERA, 0),
                        new UnitGraph.Link(1, 2, UnitGraph.Kind.FRONTERA, 0),
                        new UnitGraph.Link(2, 3, UnitGraph.Kind.CERCANA, 1200)));
        checkRegions(Skater.partition(g, column(0, 0, 5, 5), 2, 1, null), 0, 0, 1, 1);
    }

    static void checkRegions(Partition p, int... expected) {
        assertThat(p.region()).containsExactly(expected);
    }

    static double[][] column(double... values) {
        double[][] z = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            z[i] = new double[] {values[i]};
        }
        return z;
    }

    static UnitGraph line(int n) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < n; i++) {
            pairs.add(new int[] {i, i + 1});
        }
        return UnitGraph.of(n, pairs.toArray(int[][]::new));
    }

    /** Rook grid, units numbered by rows. */
    static UnitGraph grid(int rows, int cols) {
        List<int[]> pairs = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                if (c + 1 < cols) {
                    pairs.add(new int[] {i, i + 1});
                }
                if (r + 1 < rows) {
                    pairs.add(new int[] {i, i + cols});
                }
            }
        }
        return UnitGraph.of(rows * cols, pairs.toArray(int[][]::new));
    }
}
