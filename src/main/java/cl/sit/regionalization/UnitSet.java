package cl.sit.regionalization;

import java.util.List;

/**
 * The units of a regionalization.
 *
 * @param kind {@link #COMMUNES} or {@link #ZONES}
 * @param scope a region code ({@code 14}) or {@code todas} for communes; a commune code for census zones
 * @param units ordered by code
 * @param geometry which geometry the units carry, in words
 */
record UnitSet(String kind, String scope, List<Unit> units, String geometry) {

    static final String COMMUNES = "comunas";
    static final String ZONES = "zonas-censales";
    static final String ALL = "todas";

    boolean communes() {
        return COMMUNES.equals(kind);
    }
}
