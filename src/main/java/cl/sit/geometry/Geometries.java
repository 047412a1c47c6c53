package cl.sit.geometry;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The one geometry factory of SIT. Every geometry SIT stores, serves and computes with is EPSG:4326 (WGS 84
 * longitude/latitude, floating precision); building it from {@link #FACTORY} gives it that SRID.
 */
public final class Geometries {

    /** SRID of all stored geometry: WGS 84 longitude/latitude. */
    public static final int SRID = 4326;

    /** Shared factory (immutable, thread-safe) for geometry in EPSG:4326. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private Geometries() {}
}
