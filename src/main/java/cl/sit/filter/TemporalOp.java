package cl.sit.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The temporal functions of CQL2 (OGC 21-065r2, class {@code temporal-functions}), each defined by comparisons of
 * the start and end of its first operand {@code a} with those of its second {@code b}, both closed intervals; an
 * instant is the interval that starts and ends at it. The definitions are those of the W3C/OGC Time Ontology that
 * the standard's tables name: {@code after}, {@code before}, {@code intervalContains}, {@code intervalDuring},
 * {@code intervalFinishedBy}, {@code intervalFinishes}, {@code intervalMeets}, {@code intervalMetBy},
 * {@code intervalOverlappedBy}, {@code intervalOverlaps}, {@code intervalStartedBy} and {@code intervalStarts}
 * (the standard's table links T_STARTEDBY and T_STARTS to each other's definition; the names, and its test data
 * in Annex A.10, follow the ontology, as here).
 *
 * <p>The first five (table "temporal-functions-1") take instants or intervals; the others (table
 * "temporal-functions-2") only intervals: "Using these functions with instants will result in a client error".
 */
public enum TemporalOp {
    AFTER(true, "s>e"),
    BEFORE(true, "e<s"),
    DISJOINT(true, "e<s | s>e"),
    EQUALS(true, "s=s & e=e"),
    INTERSECTS(true, "s<=e & e>=s"),
    CONTAINS(false, "s<s & e>e"),
    DURING(false, "s>s & e<e"),
    FINISHEDBY(false, "s<s & e=e"),
    FINISHES(false, "s>s & e=e"),
    MEETS(false, "e=s"),
    METBY(false, "s=e"),
    OVERLAPPEDBY(false, "s>s & s<e & e>e"),
    OVERLAPS(false, "s<s & e>s & e<e"),
    STARTEDBY(false, "s=s & e>e"),
    STARTS(false, "s=s & e<e");

    /**
     * One comparison of an end of {@code a} with an end of {@code b}.
     *
     * @param startOfA true for the start of {@code a}, false for its end
     * @param op {@code =}, {@code <}, {@code >}, {@code <=} or {@code >=}
     * @param startOfB true for the start of {@code b}, false for its end
     */
    record EndComparison(boolean startOfA, String op, boolean startOfB) {}

    private final boolean acceptsInstants;
    private final List<List<EndComparison>> definition;

    TemporalOp(boolean acceptsInstants, String definition) {
        this.acceptsInstants = acceptsInstants;
        this.definition = parse(definition);
    }

    /** The CQL2 name, e.g. {@code T_AFTER}. */
    public String cqlName() {
        return "T_" + name();
    }

    /** False for the functions defined only between intervals (an instant operand is a client error). */
    boolean acceptsInstants() {
        return acceptsInstants;
    }

    /** The definition: true when every comparison of one of the lists holds (OR of ANDs). */
    List<List<EndComparison>> definition() {
        return definition;
    }

    /** The function named {@code name} (any case, e.g. {@code t_during}). */
    static Optional<TemporalOp> byName(String name) {
        return Arrays.stream(values())
                .filter(op -> op.cqlName().equalsIgnoreCase(name))
                .findFirst();
    }

    /** {@code "s<=e & e>=s"}: {@code |} separates alternatives, {@code &} comparisons; s start, e end. */
    private static List<List<EndComparison>> parse(String definition) {
        List<List<EndComparison>> alternatives = new ArrayList<>();
        for (String alternative : definition.split("\\|")) {
            List<EndComparison> all = new ArrayList<>();
            for (String c : alternative.split("&")) {
                String t = c.strip();
                all.add(new EndComparison(
                        t.charAt(0) == 's', t.substring(1, t.length() - 1), t.charAt(t.length() - 1) == 's'));
            }
            alternatives.add(List.copyOf(all));
        }
        return List.copyOf(alternatives);
    }
}
