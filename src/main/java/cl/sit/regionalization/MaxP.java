package cl.sit.regionalization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Max-p regions (Duque, Anselin and Rey 2012): as many contiguous regions as possible, each with the floor
 * variable summing to at least the threshold, then as homogeneous as possible. {@code tries} constructions from a
 * random order of seeds (a {@link SplittableRandom} from {@code seed}, so the same call gives the same regions):
 * each grows a region from a seed by adding the unassigned neighbour closest to the region's mean until the floor is
 * reached; units of a region that cannot reach it become enclaves and join the neighbouring region they are closest
 * to. The construction with the most regions (then the lowest within-region sum of squares) is improved by moving
 * border units to a neighbouring region when that lowers the sum of squares and keeps the donor above the floor and
 * in one piece.
 *
 * <p>{@link #run} bounds the time: constructions stop once the time limit has passed (after the first), and so does
 * the improvement; the regions are then still valid, only from fewer tries, and the result says how many were made.
 */
public final class MaxP {

    /** Passes of the local search over all units; each pass that moves nothing ends it. */
    static final int MAX_PASSES = 200;

    private MaxP() {}

    /**
     * A result: the partition, or null when not even one region reaches the floor (the total is below it), and the
     * constructions made.
     */
    public record Result(Partition partition, int tries) {}

    /** The partition, or null when not even one region reaches the floor (the total is below it); no time bound. */
    public static Partition partition(UnitGraph graph, double[][] z, Floor floor, long seed, int tries) {
        return run(graph, z, floor, seed, tries, Long.MAX_VALUE).partition();
    }

    /**
     * Up to {@code tries} constructions, stopping once {@code limitNanos} have passed (after the first); the same call
     * within the limit gives the same regions.
     */
    public static Result run(UnitGraph graph, double[][] z, Floor floor, long seed, int tries, long limitNanos) {
        long start = System.nanoTime();
        if (floor.total() < floor.threshold()) {
            return new Result(null, 0);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] best = null;
        int bestCount = 0;
        double bestSs = Double.MAX_VALUE;
        int made = 0;
        for (int t = 0; t < tries && (t == 0 || System.nanoTime() - start < limitNanos); t++) {
            made++;
            int[] label = construct(graph, z, floor, random.split());
            if (Arrays.stream(label).anyMatch(r -> r < 0)) {
                continue; // a piece of the graph below the floor: no valid partition from this try
            }
            int count = Arrays.stream(label).max().orElse(-1) + 1;
            double ss = Quality.withinSs(z, label, count);
            if (count > bestCount || (count == bestCount && ss < bestSs - 1e-12)) {
                best = label;
                bestCount = count;
                bestSs = ss;
            }
        }
        if (best == null || bestCount == 0) {
            return new Result(null, made);
        }
        improve(graph, z, floor, best, bestCount, start, limitNanos);
        return new Result(Partition.of(best), made);
    }

    private static int[] construct(UnitGraph graph, double[][] z, Floor floor, SplittableRandom random) {
        int n = graph.size();
        int[] order = shuffled(n, random);
        int[] label = new int[n];
        Arrays.fill(label, -1);
        boolean[] enclave = new boolean[n];
        int regions = 0;
        for (int seed : order) {
            if (label[seed] >= 0 || enclave[seed]) {
                continue;
            }
            if (grow(graph, z, floor, label, enclave, seed, regions) != null) {
                regions++;
            }
        }
        assignEnclaves(graph, z, label, regions);
        return label;
    }

    /** Grows region {@code id} from {@code seed}; null (and its units made enclaves) when it cannot reach the floor. */
    private static List<Integer> grow(
            UnitGraph graph, double[][] z, Floor floor, int[] label, boolean[] enclave, int seed, int id) {
        List<Integer> members = new ArrayList<>(List.of(seed));
        label[seed] = id;
        Moments m = new Moments(z[0].length);
        m.add(z[seed]);
        double sum = floor.value(seed);
        while (sum < floor.threshold()) {
            int next = -1;
            double nearest = Double.MAX_VALUE;
            for (int u : members) {
                for (int v : graph.neighbours(u)) {
                    if (label[v] < 0) {
                        double d = m.distance2(z[v]);
                        if (d < nearest - 1e-12 || (Math.abs(d - nearest) <= 1e-12 && v < next)) {
                            nearest = d;
                            next = v;
                        }
                    }
                }
            }
            if (next < 0) {
                for (int u : members) {
                    label[u] = -1;
                    enclave[u] = true;
                }
                return null;
            }
            members.add(next);
            label[next] = id;
            m.add(z[next]);
            sum += floor.value(next);
        }
        return members;
    }

    /** Each enclave joins the neighbouring region whose mean is closest, until none is left. */
    private static void assignEnclaves(UnitGraph graph, double[][] z, int[] label, int regions) {
        Moments[] moments = moments(z, label, regions);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int u = 0; u < label.length; u++) {
                if (label[u] >= 0) {
                    continue;
                }
                int target = -1;
                double nearest = Double.MAX_VALUE;
                for (int v : graph.neighbours(u)) {
                    int r = label[v];
                    if (r >= 0 && moments[r].distance2(z[u]) < nearest) {
                        nearest = moments[r].distance2(z[u]);
                        target = r;
                    }
                }
                if (target >= 0) {
                    label[u] = target;
                    moments[target].add(z[u]);
                    changed = true;
                }
            }
        }
    }

    /** Moves border units while a move lowers the sum of squares and keeps every region valid. */
    private static void improve(
            UnitGraph graph, double[][] z, Floor floor, int[] label, int regions, long start, long limitNanos) {
        Moments[] moments = moments(z, label, regions);
        double[] sums = new double[regions];
        for (int u = 0; u < label.length; u++) {
            sums[label[u]] += floor.value(u);
        }
        for (int pass = 0; pass < MAX_PASSES && System.nanoTime() - start < limitNanos; pass++) {
            boolean moved = false;
            for (int u = 0; u < label.length; u++) {
                int from = label[u];
                if (moments[from].size() <= 1 || sums[from] - floor.value(u) < floor.threshold()) {
                    continue;
                }
                double out = moments[from].removalDelta(z[u]);
                int target = -1;
                double bestDelta = -1e-9;
                for (int v : graph.neighbours(u)) {
                    int r = label[v];
                    double delta = r == from ? 0 : out + moments[r].additionDelta(z[u]);
                    if (r != from && delta < bestDelta) {
                        bestDelta = delta;
                        target = r;
                    }
                }
                if (target < 0) {
                    continue;
                }
                label[u] = target;
                if (!graph.connected(label, from)) {
                    label[u] = from;
                    continue;
                }
                moments[from].remove(z[u]);
                moments[target].add(z[u]);
                sums[from] -= floor.value(u);
                sums[target] += floor.value(u);
                moved = true;
            }
            if (!moved) {
                return;
            }
        }
    }

    private static Moments[] moments(double[][] z, int[] label, int regions) {
        Moments[] m = new Moments[regions];
        for (int r = 0; r < regions; r++) {
            m[r] = new Moments(z[0].length);
        }
        for (int u = 0; u < label.length; u++) {
            if (label[u] >= 0) {
                m[label[u]].add(z[u]);
            }
        }
        return m;
    }

    private static int[] shuffled(int n, SplittableRandom random) {
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }
}
