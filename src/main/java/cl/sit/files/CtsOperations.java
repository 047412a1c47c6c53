package cl.sit.files;

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
 * CTS (OrbisGIS Coordinate Transformation Suite, shipped with H2GIS) operations from a source CRS, given as a
 * PROJ string, to EPSG:4326 from CTS's EPSG registry. Built once per string and shared: a CTS operation keeps
 * no state between calls.
 */
final class CtsOperations {

    private static final CRSFactory FACTORY = new CRSFactory();
    private static final Map<String, CoordinateOperation> CACHE = new ConcurrentHashMap<>();
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

    /** Transforms {@code x, y} of the CRS described by {@code proj4} to WGS 84 {@code lon, lat} (degrees). */
    static double[] toWgs84(String proj4, double x, double y) {
        try {
            return CACHE.computeIfAbsent(proj4, CtsOperations::build).transform(new double[] {x, y});
        } catch (IllegalCoordinateException | CoordinateOperationException e) {
            return new double[] {Double.NaN, Double.NaN};
        }
    }

    private static synchronized CoordinateOperation build(String proj4) {
        try {
            GeodeticCRS source = (GeodeticCRS) FACTORY.createFromPrj4(proj4);
            return CoordinateOperationFactory.getMostPrecise(
                    CoordinateOperationFactory.createCoordinateOperations(source, WGS84));
        } catch (CRSException | CoordinateOperationException e) {
            throw new IllegalStateException("CTS cannot build " + proj4, e);
        }
    }
}
