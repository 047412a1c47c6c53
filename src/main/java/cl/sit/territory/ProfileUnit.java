package cl.sit.territory;

/**
 * What a profile is about, resolved from its code: an administrative unit (CUT) or a custom territory.
 *
 * @param code CUT or custom territory code
 * @param name name
 * @param level {@code comuna}, {@code provincia}, {@code region} or {@code personalizado}
 * @param parentCut CUT of the containing unit, or null
 * @param surface geodesic area of its geometry and official surface (a custom territory has none)
 * @param source source of the boundary, or how a custom territory was defined
 * @param drawn whether it is a custom territory drawn as a polygon (rather than a set of communes)
 */
record ProfileUnit(String code, String name, String level, String parentCut, Surface surface, String source,
        boolean drawn) {

    /** Geodesic area of the unit's geometry, km². */
    double areaKm2() {
        return surface.geodesicaKm2();
    }

    boolean custom() {
        return TerritoryProfile.CUSTOM.equals(level);
    }

    /**
     * The value bound to the SQL that selects the unit's communes: a CUT prefix pattern ({@code 141%}) for an
     * administrative unit, the code itself for a custom territory (whose SQL joins its member communes).
     */
    String selector() {
        return custom() ? code : code + "%";
    }

    /** The name of the SQL file for this kind of unit: {@code base} or {@code base-custom}. */
    String sqlName(String base) {
        return custom() ? base + "-custom" : base;
    }
}
