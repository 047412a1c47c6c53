package cl.sit.crs;

import java.util.List;

/**
 * The geodetic datums SIT reads, with their ellipsoid (PROJ name and inverse flattening) and their shifts to
 * WGS 84. For PSAD56 and SAD69 the shifts are EPSG's Chilean transformations by latitude band, best first,
 * then the continental one as fallback: the same candidates PROJ ranks first for a point in Chile.
 */
public enum Datum {
    WGS84("WGS 84", "WGS84", 298.257223563, List.of(DatumShift.NONE)),
    SIRGAS_2000("SIRGAS 2000", "GRS80", 298.257222101, List.of(DatumShift.NONE)),
    SIRGAS_CHILE_2002("SIRGAS-Chile 2002", "GRS80", 298.257222101, List.of(DatumShift.NONE)),
    SIRGAS_CHILE_2010("SIRGAS-Chile 2010", "GRS80", 298.257222101, List.of(DatumShift.NONE)),
    SIRGAS_CHILE_2013("SIRGAS-Chile 2013", "GRS80", 298.257222101, List.of(DatumShift.NONE)),
    SIRGAS_CHILE_2016("SIRGAS-Chile 2016", "GRS80", 298.257222101, List.of(DatumShift.NONE)),
    SIRGAS_CHILE_2021("SIRGAS-Chile 2021", "GRS80", 298.257222101, List.of(DatumShift.NONE)),
    PSAD56(
            "PSAD56",
            "intl",
            297.0,
            List.of(
                    new DatumShift("PSAD56 to WGS 84 (15), EPSG:6971", -302, 272, -360, -26, -17.5, -70.79, -67),
                    new DatumShift("PSAD56 to WGS 84 (16), EPSG:6972", -328, 340, -329, -36, -26, -72.87, -68.28),
                    new DatumShift("PSAD56 to WGS 84 (17), EPSG:6973", -352, 403, -287, -43.5, -35.99, -74.48, -70.39),
                    DatumShift.everywhere("PSAD56 to WGS 84 (1), EPSG:1201", -288, 175, -376))),
    SAD69("SAD69", "aust_SA", 298.25, sad69Shifts()),
    /** SAD69 as first published by EPSG, on GRS 1967 (deprecated codes 4291, 29178, 29179). */
    SAD69_GRS67("SAD69 (GRS 1967)", "GRS67", 298.247167427, sad69Shifts());

    private final String label;
    private final String ellipsoid;
    private final double inverseFlattening;
    private final List<DatumShift> shifts;

    Datum(String label, String ellipsoid, double inverseFlattening, List<DatumShift> shifts) {
        this.label = label;
        this.ellipsoid = ellipsoid;
        this.inverseFlattening = inverseFlattening;
        this.shifts = shifts;
    }

    private static List<DatumShift> sad69Shifts() {
        return List.of(
                new DatumShift("SAD69 to WGS 84 (17), EPSG:6974", -59, -11, -52, -32, -17.5, -71.77, -67),
                new DatumShift("SAD69 to WGS 84 (18), EPSG:6975", -64, 0, -32, -36, -31.99, -72.87, -69.77),
                new DatumShift("SAD69 to WGS 84 (19), EPSG:6976", -72, 10, -32, -43.5, -35.99, -74.48, -70.39),
                DatumShift.everywhere("SAD69 to WGS 84 (1), EPSG:1864", -57, 1, -41));
    }

    public String label() {
        return label;
    }

    /** PROJ ellipsoid name, as CTS reads it. */
    public String ellipsoid() {
        return ellipsoid;
    }

    public double inverseFlattening() {
        return inverseFlattening;
    }

    /** Whether the datum needs a position to choose its shift. */
    public boolean shiftDependsOnPlace() {
        return shifts.size() > 1;
    }

    /** The last shift, valid everywhere. */
    public DatumShift fallback() {
        return shifts.get(shifts.size() - 1);
    }

    /** The first (most accurate) shift whose area holds the point, else the fallback. */
    public DatumShift shiftAt(double lon, double lat) {
        for (DatumShift s : shifts) {
            if (s.covers(lon, lat)) {
                return s;
            }
        }
        return fallback();
    }
}
