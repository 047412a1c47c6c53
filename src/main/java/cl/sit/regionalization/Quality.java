package cl.sit.regionalization;

/**
 * Sums of squares of a partition in the standardised, weighted variable space: within regions, in total (all units
 * as one region), and their ratio; {@code 1 - within / total} is the share of the variation the regions explain
 * (an R²).
 */
public final class Quality {

    private Quality() {}

    /** Sum over regions of the squared distances of their units to the region mean. */
    public static double withinSs(double[][] z, int[] label, int count) {
        Moments[] m = new Moments[count];
        for (int r = 0; r < count; r++) {
            m[r] = new Moments(z.length == 0 ? 0 : z[0].length);
        }
        for (int u = 0; u < label.length; u++) {
            m[label[u]].add(z[u]);
        }
        double ss = 0;
        for (Moments r : m) {
            ss += r.ssd();
        }
        return ss;
    }

    /** Sum of squared distances of all units to the overall mean. */
    public static double totalSs(double[][] z) {
        return withinSs(z, new int[z.length], 1);
    }

    /** {@code 1 - within / total}, or 1 when the units do not vary at all. */
    public static double explained(double within, double total) {
        return total <= 0 ? 1 : 1 - within / total;
    }
}
