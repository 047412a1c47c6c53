package cl.sit.regionalization;

/**
 * Count, sum and sum of squares of a group of units' (standardised, weighted) vectors, so that the group's sum of
 * squared deviations from its mean is {@code sumsq - |sum|² / n} and changes by one unit in O(d).
 */
final class Moments {

    private int n;
    private final double[] sum;
    private double sumsq;

    Moments(int dimensions) {
        sum = new double[dimensions];
    }

    static Moments of(double[][] z, int[] units) {
        Moments m = new Moments(z.length == 0 ? 0 : z[0].length);
        for (int u : units) {
            m.add(z[u]);
        }
        return m;
    }

    void add(double[] x) {
        n++;
        for (int k = 0; k < sum.length; k++) {
            sum[k] += x[k];
            sumsq += x[k] * x[k];
        }
    }

    void remove(double[] x) {
        n--;
        for (int k = 0; k < sum.length; k++) {
            sum[k] -= x[k];
            sumsq -= x[k] * x[k];
        }
    }

    void addAll(Moments other) {
        n += other.n;
        for (int k = 0; k < sum.length; k++) {
            sum[k] += other.sum[k];
        }
        sumsq += other.sumsq;
    }

    int size() {
        return n;
    }

    /** Sum of squared deviations from the group's mean (0 for an empty group). */
    double ssd() {
        if (n == 0) {
            return 0;
        }
        double sq = 0;
        for (double s : sum) {
            sq += s * s;
        }
        return Math.max(0, sumsq - sq / n);
    }

    /** SSD of this group minus {@code other} (a part of it), without changing either. */
    double ssdWithout(Moments other) {
        int m = n - other.n;
        if (m <= 0) {
            return 0;
        }
        double sq = 0;
        for (int k = 0; k < sum.length; k++) {
            double s = sum[k] - other.sum[k];
            sq += s * s;
        }
        return Math.max(0, sumsq - other.sumsq - sq / m);
    }

    /** Squared distance from {@code x} to the group's mean. */
    double distance2(double[] x) {
        double d = 0;
        for (int k = 0; k < sum.length; k++) {
            double diff = x[k] - sum[k] / n;
            d += diff * diff;
        }
        return d;
    }

    /** Change of SSD when {@code x} (a member) leaves: {@code -n/(n-1) |x - mean|²}. */
    double removalDelta(double[] x) {
        return n <= 1 ? 0 : -(double) n / (n - 1) * distance2(x);
    }

    /** Change of SSD when {@code x} joins: {@code n/(n+1) |x - mean|²}. */
    double additionDelta(double[] x) {
        return n == 0 ? 0 : (double) n / (n + 1) * distance2(x);
    }
}
