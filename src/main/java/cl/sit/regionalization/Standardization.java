package cl.sit.regionalization;

/**
 * Puts variables on one scale before distances are measured: {@link Method#Z} (z-score: minus the mean, over the
 * population standard deviation) or {@link Method#RANGO} (minus the minimum, over the range), then each variable
 * multiplied by the square root of its weight, so that squared distances weigh variables by their weights. A
 * variable with no spread becomes 0 everywhere (it cannot tell units apart). Values must be complete (missing values
 * are dealt with before, and reported).
 */
public final class Standardization {

    /** How variables are put on one scale. */
    public enum Method {
        Z,
        RANGO
    }

    private Standardization() {}

    /** {@code raw[unit][variable]} to the standardised, weighted matrix of the same shape. */
    public static double[][] apply(double[][] raw, Method method, double[] weights) {
        int n = raw.length;
        int d = weights.length;
        double[][] z = new double[n][d];
        for (int k = 0; k < d; k++) {
            double mean = 0;
            double min = Double.MAX_VALUE;
            double max = -Double.MAX_VALUE;
            for (double[] row : raw) {
                mean += row[k] / n;
                min = Math.min(min, row[k]);
                max = Math.max(max, row[k]);
            }
            double var = 0;
            for (double[] row : raw) {
                var += (row[k] - mean) * (row[k] - mean) / n;
            }
            double centre = method == Method.Z ? mean : min;
            double scale = method == Method.Z ? Math.sqrt(var) : max - min;
            double w = Math.sqrt(weights[k]);
            for (int i = 0; i < n; i++) {
                z[i][k] = scale > 0 ? (raw[i][k] - centre) / scale * w : 0;
            }
        }
        return z;
    }
}
