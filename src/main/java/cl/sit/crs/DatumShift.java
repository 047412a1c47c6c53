package cl.sit.crs;

import java.util.Locale;

/**
 * A geocentric translation from a datum to WGS 84 as published in the EPSG dataset, with the area where EPSG
 * says it applies (degrees, WGS 84). A zero translation stands for datums that coincide with WGS 84 at the
 * metre level (SIRGAS and its Chilean realisations).
 */
public record DatumShift(
        String name, double tx, double ty, double tz, double south, double north, double west, double east) {

    /** The null transformation, valid everywhere. */
    public static final DatumShift NONE = new DatumShift("sin desplazamiento de datum", 0, 0, 0, -90, 90, -180, 180);

    /** A translation valid everywhere (the fallback of a datum). */
    public static DatumShift everywhere(String name, double tx, double ty, double tz) {
        return new DatumShift(name, tx, ty, tz, -90, 90, -180, 180);
    }

    public boolean covers(double lon, double lat) {
        return lat >= south && lat <= north && lon >= west && lon <= east;
    }

    /** The PROJ {@code +towgs84} value. */
    public String towgs84() {
        return String.format(Locale.ROOT, "%s,%s,%s,0,0,0,0", tx, ty, tz);
    }
}
