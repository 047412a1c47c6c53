package cl.sit.territory;

import java.time.LocalDate;

/**
 * A territorial unit as listed in {@code data/chile/unidades_territoriales_historicas.csv}: one no longer in force
 * (it has {@code validTo}) or one in force whose start that file records.
 *
 * @param id unambiguous identifier: the code for a unit in force, {@link #formerId(String, LocalDate)} otherwise
 * @param code CUT code as published in its time
 * @param name name
 * @param level {@code region}, {@code provincia} or {@code comuna}
 * @param parentId identifier of the unit one level up, or null for a region
 * @param validFrom first day in force, or null when not established
 * @param validTo first day no longer in force (exclusive), or null when still in force
 * @param source where the code and dates come from
 */
record FormerUnit(
        String id,
        String code,
        String name,
        String level,
        String parentId,
        LocalDate validFrom,
        LocalDate validTo,
        String source) {

    /** Separates the code from the end of the validity period in the identifier of a former unit. */
    static final String SEPARATOR = "@..";

    /**
     * The identifier of a unit no longer in force: its code, {@code @..} and the first day it was no longer in force,
     * e.g. {@code 10@..2007-10-02} (read like the OGC interval {@code ../2007-10-02}). A code reused later for another
     * unit (10 is still the Región de Los Lagos, without Valdivia) keeps both apart; the bare code is today's unit.
     */
    static String formerId(String code, LocalDate validTo) {
        return code + SEPARATOR + validTo;
    }

    boolean former() {
        return validTo != null;
    }
}
