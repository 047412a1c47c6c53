package cl.sit.filter;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * How {@code S_DWITHIN} measures metres, the same way in H2GIS, PostGIS and memory (H2GIS has no geography type):
 * both geometries are scaled from degrees to metres on a local equirectangular projection centred at the latitude
 * φ₀ of the literal geometry's envelope centre (x by the length of a degree of longitude at φ₀, y by that of a
 * degree of latitude, WGS 84), and their planar distance is compared with the distance given. The error grows
 * with the distance from φ₀: under 0.5 % within 50 km north or south of it at Chilean latitudes; it is not a
 * geodesic distance. Candidates are first selected with the literal's envelope grown by the distance plus 1 %.
 *
 * @param metresPerDegreeX metres per degree of longitude at φ₀
 * @param metresPerDegreeY metres per degree of latitude at φ₀
 */
record DistanceScale(double metresPerDegreeX, double metresPerDegreeY) {

    static DistanceScale at(Geometry literal) {
        double phi = Math.toRadians(literal.getEnvelopeInternal().centre().y);
        double y = 111132.954 - 559.822 * Math.cos(2 * phi) + 1.175 * Math.cos(4 * phi);
        double x = 111412.84 * Math.cos(phi) - 93.5 * Math.cos(3 * phi);
        return new DistanceScale(Math.max(x, 1e-6), y);
    }

    Geometry scale(Geometry g) {
        return AffineTransformation.scaleInstance(metresPerDegreeX, metresPerDegreeY)
                .transform(g);
    }

    /** The literal's envelope grown by {@code metres} (plus 1 %), in degrees, to select candidates. */
    Envelope candidates(Geometry literal, double metres) {
        Envelope e = new Envelope(literal.getEnvelopeInternal());
        e.expandBy(metres * 1.01 / metresPerDegreeX + 1e-9, metres * 1.01 / metresPerDegreeY + 1e-9);
        return e;
    }
}
