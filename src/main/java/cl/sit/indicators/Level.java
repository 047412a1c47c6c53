package cl.sit.indicators;

import java.util.Arrays;

/** Territorial levels an indicator can be computed for; a commune's unit at a level is a prefix of its CUT. */
enum Level {
    COMMUNE("comuna", "commune", 5),
    PROVINCE("provincia", "province", 3),
    REGION("region", "region", 2);

    final String stored;
    final String english;
    final int cutLength;

    Level(String stored, String english, int cutLength) {
        this.stored = stored;
        this.english = english;
        this.cutLength = cutLength;
    }

    /** Accepts the English or the Spanish name ({@code commune} or {@code comuna}). */
    static Level parse(String text) {
        return Arrays.stream(values()).filter(l -> l.english.equals(text) || l.stored.equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }
}
