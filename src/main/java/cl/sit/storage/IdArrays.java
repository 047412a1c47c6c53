package cl.sit.storage;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of ids or codes bound as SQL arrays ({@code UNNEST(CAST(? AS INTEGER ARRAY))}), cut into pieces H2 accepts:
 * it refuses arrays over 65,536 elements.
 */
public final class IdArrays {

    /** Elements bound in one array. */
    public static final int SIZE = 10_000;

    private IdArrays() {}

    /** {@code all} in consecutive pieces of at most {@link #SIZE} (views of the list). */
    public static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> out = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            out.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return out;
    }
}
