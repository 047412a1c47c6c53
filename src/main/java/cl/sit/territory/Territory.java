package cl.sit.territory;

import java.time.LocalDate;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * A territorial unit.
 *
 * @param cut CUT code: 2 digits for a region, 3 for a province, 5 for a commune
 * @param name official name
 * @param level {@code region}, {@code provincia} or {@code comuna}
 * @param parentCut CUT of the unit one level up, or null for a region
 * @param validFrom first day the unit exists with this extent, or null when older than our records
 * @param areaKm2 geodesic area in km²
 * @param source where the boundary comes from
 * @param geometry boundary in EPSG:4326
 */
public record Territory(
        String cut,
        String name,
        String level,
        String parentCut,
        LocalDate validFrom,
        double areaKm2,
        String source,
        MultiPolygon geometry) {

    public static final String REGION = "region";
    public static final String PROVINCE = "provincia";
    public static final String COMMUNE = "comuna";

    /**
     * The region SIT is first set up for (Los Ríos): its communes are seeded at full resolution, and admins edit
     * editable layers in every one of them.
     */
    public static final String SEEDED_REGION = "14";
}
