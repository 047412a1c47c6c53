package cl.sit.storage;

import cl.sit.geometry.Geometries;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Geometry crosses JDBC as WKB. SQL binds it as {@code ST_GeomFromWKB(?, 4326)} and reads it with
 * {@code ST_AsBinary(geom)}; every geometry SIT stores is EPSG:4326 ({@link Geometries}), so the SRID is stated in SQL and set here.
 */
public final class Wkb {

    private Wkb() {}

    public static Geometry read(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            Geometry g = new WKBReader(Geometries.FACTORY).read(wkb);
            g.setSRID(Geometries.SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("Database returned invalid WKB", e);
        }
    }

    public static byte[] write(Geometry geometry) {
        return new WKBWriter(2).write(geometry);
    }
}
