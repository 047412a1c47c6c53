package cl.sit.regionalization;

import org.locationtech.jts.geom.Geometry;

/**
 * A unit to be grouped: a commune of today (from the gap-free coverage) or an urban census zone of 2017.
 *
 * @param code CUT code or census geocode
 * @param name commune name, or "Zona" and the zone's number for a census zone
 * @param geometry EPSG:4326
 * @param surfaceKm2 the surface densities and per-km² figures divide by: the official one when there is one, else the
 *     geodesic area of the geometry
 * @param officialSurface whether {@code surfaceKm2} is the official surface
 */
record Unit(String code, String name, Geometry geometry, double surfaceKm2, boolean officialSurface) {

    /** The region (2 digits) of a commune or of a census zone's commune. */
    String region() {
        return code.substring(0, 2);
    }

    /** The commune of a commune (itself) or of a census zone. */
    String commune() {
        return code.substring(0, 5);
    }
}
