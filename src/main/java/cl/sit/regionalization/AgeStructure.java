package cl.sit.regionalization;

/**
 * A unit's population by broad age group, from five-year groups: under 15 (0–14), 15 to 64, and 65 or more; and
 * the three measures a regionalization can use. A measure of a unit without people (or without anyone aged 15–64,
 * for the dependency ratio) is {@code NaN}, never 0. Mutable while adding groups.
 */
final class AgeStructure {

    private double young;
    private double working;
    private double old;

    /** Adds the people of the five-year group that starts at {@code firstAge} (0, 5, ..., 100). */
    void add(int firstAge, double people) {
        if (firstAge < 15) {
            young += people;
        } else if (firstAge < 65) {
            working += people;
        } else {
            old += people;
        }
    }

    double total() {
        return young + working + old;
    }

    /** Share aged 0–14, % of the population. */
    double shareYoung() {
        return total() > 0 ? 100 * young / total() : Double.NaN;
    }

    /** Share aged 65 or more, % of the population. */
    double shareOld() {
        return total() > 0 ? 100 * old / total() : Double.NaN;
    }

    /** Dependency ratio: people aged 0–14 and 65 or more per 100 aged 15–64. */
    double dependency() {
        return working > 0 ? 100 * (young + old) / working : Double.NaN;
    }
}
