package cl.sit.system;

/** Checks on text received from clients. */
public final class Texts {

    private Texts() {}

    /**
     * True when {@code s} holds a UTF-16 surrogate without its pair (JSON allows the escape {@code "\ud800"}
     * alone). Such text has no UTF-8 form: PostgreSQL would store {@code ?} in its place and H2 keeps it, so the
     * two stores would disagree; it is refused instead.
     */
    public static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
