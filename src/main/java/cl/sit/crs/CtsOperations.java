package cl.sit.crs;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cts.CRSFactory;
import org.cts.IllegalCoordinateException;
import org.cts.crs.CRSException;
import org.cts.crs.GeodeticCRS;
import org.cts.op.CoordinateOperation;
import org.cts.op.CoordinateOperationException;
import org.cts.op.CoordinateOperationFactory;
import org.cts.registry.EPSGRegistry;

/**
 * CTS (OrbisGIS Coordinate Transformation Suite, shipped with H2GIS) operations between EPSG:4326 from CTS's EPSG
 * registry and another CRS, given as a PROJ string or as {@code EPSG:code} (CTS's registry). Built once per CRS
 * and direction, and shared: a CTS operation keeps no state between calls.
 */
public final class CtsOperations {

    private static final CRSFactory FACTORY = new CRSFactory();
    private static final Map<String, CoordinateOperation> TO_WGS84 = new ConcurrentHashMap<>();
    private static final Map<String, CoordinateOperation> FROM_WGS84 = new ConcurrentHashMap<>();
    private static final GeodeticCRS WGS84;

    static {
        FACTORY.getRegistryManager().addRegistry(new EPSGRegistry());
        try {
            WGS84 = (GeodeticCRS) FACTORY.getCRS("EPSG:4326");
        } catch (CRSException e) {
            throw new IllegalStateException("CTS has no EPSG:4326", e);
        }
    }

    private CtsOperations() {}

    /**
     * Transforms {@code x, y} of the CRS described by {@code crs} to WGS 84 {@code lon, lat} (degrees); NaNs when
     * CTS cannot.
     */
    public static double[] toWgs84(String crs, double x, double y) {
        try {
            return toWgs84(crs).transform(new double[] {x, y});
        } catch (IllegalCoordinateException | CoordinateOperationException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    /** The operation from {@code crs} to WGS 84 {@code lon, lat}. */
    public static CoordinateOperation toWgs84(String crs) {
        return TO_WGS84.computeIfAbsent(crs, c -> build(c, true));
    }

    /** The operation from WGS 84 {@code lon, lat} to {@code crs} (x = easting or longitude). */
    public static CoordinateOperation fromWgs84(String crs) {
        return FROM_WGS84.computeIfAbsent(crs, c -> build(c, false));
    }

    private static synchronized CoordinateOperation build(String crs, boolean toWgs84) {
        try {
            GeodeticCRS other =
                    (GeodeticCRS) (crs.startsWith("EPSG:") ? FACTORY.getCRS(crs) : FACTORY.createFromPrj4(crs));
            return CoordinateOperationFactory.getMostPrecise(
                    toWgs84
                            ? CoordinateOperationFactory.createCoordinateOperations(other, WGS84)
                            : CoordinateOperationFactory.createCoordinateOperations(WGS84, other));
        } catch (CRSException | CoordinateOperationException e) {
            throw new IllegalStateException("CTS cannot build " + crs, e);
        }
    }
}
