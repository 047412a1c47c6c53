package cl.sit.regionalization;

import java.util.Arrays;

/**
 * Every unit in exactly one region: {@code region[i]} in {@code 0..count-1}, regions numbered by their lowest unit
 * so the same grouping always gets the same numbers.
 */
public record Partition(int[] region, int count) {

    public Partition {
        region = region.clone();
    }

    /** The grouping given by any labels (non-negative), renumbered by lowest unit. */
    public static Partition of(int[] labels) {
        int max = Arrays.stream(labels).max().orElse(-1);
        int[] renumber = new int[max + 1];
        Arrays.fill(renumber, -1);
        int[] out = new int[labels.length];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                throw new IllegalArgumentException("unit " + i + " has no region");
            }
            if (renumber[labels[i]] < 0) {
                renumber[labels[i]] = next++;
            }
            out[i] = renumber[labels[i]];
        }
        return new Partition(out, next);
    }

    @Override
    public int[] region() {
        return region.clone();
    }

    public int of(int unit) {
        return region[unit];
    }

    /** Number of units of each region. */
    public int[] sizes() {
        int[] sizes = new int[count];
        for (int r : region) {
            sizes[r]++;
        }
        return sizes;
    }

    /** Whether every region is one connected piece of {@code graph}. */
    public boolean contiguous(UnitGraph graph) {
        for (int r = 0; r < count; r++) {
            if (!graph.connected(region, r)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Partition p && p.count == count && Arrays.equals(p.region, region);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(region) * 31 + count;
    }

    @Override
    public String toString() {
        return "Partition" + Arrays.toString(region);
    }
}
