package cl.sit.indicators;

import java.util.Arrays;

/**
 * Territorial levels an indicator can be computed for; {@link #stored} is the {@code nivel} of
 * {@code investment_unit_share} (the one membership model), so every level is the same query.
 */
enum Level {
    COMMUNE("comuna", "commune"),
    PROVINCE("provincia", "province"),
    REGION("region", "region"),
    /** Custom territories: sets of communes and drawn zones. */
    CUSTOM("personalizado", "custom");

    final String stored;
    final String english;

    Level(String stored, String english) {
        this.stored = stored;
        this.english = english;
    }

    /** Accepts the English or the Spanish name ({@code commune} or {@code comuna}). */
    static Level parse(String text) {
        return Arrays.stream(values())
                .filter(l -> l.english.equals(text) || l.stored.equals(text))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(text));
    }
}
