package cl.sit.regionalization;

/**
 * A variable's values over the units, as measured (not standardised).
 *
 * @param key short name in the result ({@code v1}, {@code v2}, ... in request order)
 * @param id the variable's id
 * @param label Spanish label with its parameters ("Inversión per cápita 2015–2020, FNDR")
 * @param measure unit of measure
 * @param values one per unit, in the unit set's order; {@code NaN} where there is no value
 * @param source where the values come from, and what a missing value means
 */
record Column(String key, String id, String label, String measure, double[] values, String source) {}
