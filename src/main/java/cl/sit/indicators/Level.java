package cl.sit.indicators;

import java.util.Arrays;

/**
 * Territorial levels an indicator can be computed for. A commune's unit at an administrative level is a prefix of
 * its CUT; a custom territory is a weighted set of communes.
 */
enum Level {
    COMMUNE("comuna", "commune", 5),
    PROVINCE("provincia", "province", 3),
    REGION("region", "region", 2),
    /** Custom territories: sets of communes with weights (see custom_territory_commune). */
    CUSTOM("personalizado", "custom", 0);

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
