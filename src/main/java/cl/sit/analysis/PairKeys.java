package cl.sit.analysis;

import java.util.Arrays;

/**
 * Pairs of project ids with reason bits, packed in a growable {@code long[]} (lower id, higher id, 3 bits): a
 * large portfolio yields millions of pairs, which boxed map entries would turn into gigabytes of garbage.
 */
final class PairKeys {

    static final int MAX_ID = (1 << 30) - 1;
    private static final int BITS = 3;

    private long[] keys = new long[1024];
    private int size;

    /** Adds the pair (either order) with these reason bits. */
    void add(int a, int b, int bits) {
        if (a < 0 || b < 0 || a > MAX_ID || b > MAX_ID) {
            throw new IllegalArgumentException("project ids must lie in 0.." + MAX_ID);
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, keys.length * 2);
        }
        long lo = Math.min(a, b);
        long hi = Math.max(a, b);
        keys[size++] = (lo << 30 | hi) << BITS | bits;
    }

    /**
     * Sorts, merges the entries of one pair (their bits or-ed), then orders by the lowest bit set (the strongest
     * reason), then the ids; returns the number of pairs.
     */
    int settle() {
        Arrays.sort(keys, 0, size);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n > 0 && keys[n - 1] >>> BITS == keys[i] >>> BITS) {
                keys[n - 1] |= keys[i];
            } else {
                keys[n++] = keys[i];
            }
        }
        long[] ordered = new long[n];
        int k = 0;
        for (int strongest = 0; strongest < BITS; strongest++) {
            for (int i = 0; i < n; i++) {
                if (Integer.numberOfTrailingZeros(bits(keys[i])) == strongest) {
                    ordered[k++] = keys[i];
                }
            }
        }
        keys = ordered;
        size = n;
        return n;
    }

    int size() {
        return size;
    }

    int low(int i) {
        return (int) (keys[i] >>> (30 + BITS));
    }

    int high(int i) {
        return (int) (keys[i] >>> BITS) & MAX_ID;
    }

    int bits(int i) {
        return bits(keys[i]);
    }

    private static int bits(long key) {
        return (int) key & ((1 << BITS) - 1);
    }
}
