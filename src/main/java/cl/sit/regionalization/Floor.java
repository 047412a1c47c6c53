package cl.sit.regionalization;

/**
 * A lower bound every region must reach on a sum of a variable (e.g. population ≥ 20,000).
 *
 * @param values the variable per unit, as given (not standardised); never negative
 * @param threshold the smallest allowed sum per region
 */
public record Floor(double[] values, double threshold) {

    public Floor {
        values = values.clone();
    }

    /** The sum of the variable over units whose label is {@code region}. */
    double sum(int[] label, int region) {
        double s = 0;
        for (int i = 0; i < values.length; i++) {
            if (label[i] == region) {
                s += values[i];
            }
        }
        return s;
    }

    double total() {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    double value(int unit) {
        return values[unit];
    }
}
