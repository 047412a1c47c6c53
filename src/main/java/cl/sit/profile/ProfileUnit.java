package cl.sit.profile;

import cl.sit.territory.Surface;
import cl.sit.territory.UnitAt;
import org.springframework.jdbc.support.SqlArrayValue;

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
 * @param former for a unit no longer in force ({@code 105@..2007-10-02}), what it was on its last day, with the
 *     communes of today it is made of; null otherwise
 */
record ProfileUnit(
        String code,
        String name,
        String level,
        String parentCut,
        Surface surface,
        String source,
        boolean drawn,
        UnitAt former) {

    ProfileUnit(
            String code, String name, String level, String parentCut, Surface surface, String source, boolean drawn) {
        this(code, name, level, parentCut, surface, source, drawn, null);
    }

    /** Geodesic area of the unit's geometry, km². */
    double areaKm2() {
        return surface.geodesicaKm2();
    }

    boolean custom() {
        return TerritoryProfile.CUSTOM.equals(level);
    }

    /**
     * The value bound to the SQL that lists an administrative unit's communes of today: a CUT prefix pattern
     * ({@code 141%}), or the array of its communes of today for a former unit. Investment figures do not need it:
     * they join {@code investment_unit_share} on the unit's code.
     */
    Object selector() {
        if (former != null) {
            return new SqlArrayValue("varchar", former.communes().toArray());
        }
        return code + "%";
    }

    /** The whitelisted predicate filling {@code {in_unit}} in an administrative unit's SQL, for {@link #selector}. */
    String inUnit() {
        return former != null ? "= ANY(?)" : "LIKE ?";
    }
}
