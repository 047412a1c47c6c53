package cl.sit.analysis;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The envelope (EPSG:4326 degrees) that holds every geometry within a distance of another: the prefilter of an
 * index query whose candidates are then measured. It errs on the wide side, so the index never drops a geometry
 * the measurement would keep: metres are turned into degrees with the shortest degree of WGS84 (one of latitude at
 * the equator, 110,574 m), and degrees of longitude are widened by the cosine of the latitude farthest from the
 * equator that the envelope reaches. With 111,320 m and the centre's latitude, a pair 499 m apart north-south at
 * 40° S fell outside the 500 m search.
 */
public final class SearchEnvelope {

    /** The shortest degree of WGS84, in metres (of latitude, at the equator). */
    static final double SHORTEST_DEGREE_M = 110_574;

    private SearchEnvelope() {}

    /** {@code g}'s envelope widened by {@code distanceM} on every side. */
    public static Envelope around(Geometry g, double distanceM) {
        Envelope search = g.getEnvelopeInternal().copy();
        double farthest = Math.max(Math.abs(search.getMinY()), Math.abs(search.getMaxY()));
        double cosLat = Math.max(Math.cos(Math.toRadians(Math.min(farthest, 90))), 0.01);
        search.expandBy(degreesOfLatitude(distanceM) / cosLat, degreesOfLatitude(distanceM));
        return search;
    }

    /**
     * {@code distanceM} in degrees of latitude, on the wide side: what a store widens envelopes by (dividing by the
     * same cosine as {@link #around} for longitude).
     */
    public static double degreesOfLatitude(double distanceM) {
        return distanceM / SHORTEST_DEGREE_M;
    }
}
