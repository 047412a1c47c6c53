package cl.sit.crs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cts.IllegalCoordinateException;
import org.cts.op.CoordinateOperation;
import org.cts.op.CoordinateOperationException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate reference systems SIT serves features in (OGC API Features Part 2), by their OGC URI. Stored
 * geometry is CRS84 (EPSG:4326 with longitude first); everything else is computed from it in Java with CTS, the
 * same for H2GIS and PostGIS, so both stores answer the same bytes.
 *
 * <p>Axis order follows each CRS's definition: CRS84 is longitude, latitude; EPSG:4326 is latitude, longitude;
 * projected ones are easting, northing in metres, rounded to the millimetre (CTS and PROJ agree far closer than
 * that; more digits would only describe numerical noise). Geographic coordinates are never rounded, so CRS84
 * output stays exactly what is stored.
 *
 * <p><b>SIRGAS-Chile</b> is offered in its 2021 realisation (EPSG:20048 UTM 18S, 20049 UTM 19S), not 2016
 * (EPSG:9154, 9155): 2021 is the latest realisation the IGM of Chile published (epoch 2021.0, after the
 * deformation that followed the 2015 Illapel earthquake and years of interseismic motion made 2016 drift), so it
 * is the frame new Chilean data are delivered in. Both are taken as WGS 84 at the metre level (a null datum
 * shift, as PROJ does without a deformation model), so their coordinates here are the same: the choice is which
 * label a Chilean user expects. PROJ 9.1 (GDAL 3.6) knows both codes (PostGIS's {@code spatial_ref_sys} knows
 * neither, one more reason to transform in Java); older EPSG databases may lack 20048.
 */
public enum ServedCrs {
    CRS84(
            "http://www.opengis.net/def/crs/OGC/1.3/CRS84",
            "WGS 84 (longitud, latitud)",
            null,
            false,
            false,
            new Envelope(-180, 180, -90, 90)),
    WGS84_LAT_LON(epsgUri(4326), "WGS 84 (latitud, longitud)", null, true, false, new Envelope(-180, 180, -90, 90)),
    WEB_MERCATOR(
            epsgUri(3857),
            "WGS 84 / Pseudo-Mercator",
            "EPSG:3857",
            false,
            true,
            new Envelope(-180, 180, -85.06, 85.06)),
    WGS84_UTM_18S(epsgUri(32718), "WGS 84 / UTM 18S", utm(32718), false, true, utmArea(18)),
    WGS84_UTM_19S(epsgUri(32719), "WGS 84 / UTM 19S", utm(32719), false, true, utmArea(19)),
    SIRGAS_CHILE_UTM_18S(epsgUri(20048), "SIRGAS-Chile 2021 / UTM 18S", utm(20048), false, true, utmArea(18)),
    SIRGAS_CHILE_UTM_19S(epsgUri(20049), "SIRGAS-Chile 2021 / UTM 19S", utm(20049), false, true, utmArea(19));

    private static final double MILLIMETRES = 1000;

    /** Positions per side of the area of use projected to find the domain of a projected CRS. */
    private static final int DOMAIN_SAMPLES = 180;

    private final String uri;
    private final String title;
    private final String cts;
    private final boolean latitudeFirst;
    private final boolean projected;
    private final Envelope areaOfUse;
    private volatile Envelope domain;

    ServedCrs(String uri, String title, String cts, boolean latitudeFirst, boolean projected, Envelope areaOfUse) {
        this.uri = uri;
        this.title = title;
        this.cts = cts;
        this.latitudeFirst = latitudeFirst;
        this.projected = projected;
        this.areaOfUse = areaOfUse;
    }

    /**
     * Where a UTM south zone is used: EPSG's area of use (the zone's 6 degrees, south of the equator to 80 degrees
     * south) widened by one zone on each side, because Chilean regions straddle zone boundaries (Los Ríos crosses
     * 72 degrees west) and are routinely mapped in a single zone.
     */
    private static Envelope utmArea(int zone) {
        double centralMeridian = zone * 6 - 183;
        return new Envelope(centralMeridian - 9, centralMeridian + 9, -80, 0);
    }

    private static String epsgUri(int code) {
        return "http://www.opengis.net/def/crs/EPSG/0/" + code;
    }

    /** The PROJ string of a UTM CRS SIT already reads from files (datum taken as WGS 84). */
    private static String utm(int code) {
        return SupportedCrs.byCode(code).orElseThrow().proj4(DatumShift.NONE);
    }

    public static Optional<ServedCrs> fromUri(String uri) {
        return Arrays.stream(values()).filter(c -> c.uri.equals(uri)).findFirst();
    }

    /** Every URI, default first. */
    public static List<String> uris() {
        return Arrays.stream(values()).map(ServedCrs::uri).toList();
    }

    public String uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** True when the first axis is latitude (EPSG:4326). */
    public boolean latitudeFirst() {
        return latitudeFirst;
    }

    /** True for projected CRSs (metres, easting first). */
    public boolean projected() {
        return projected;
    }

    /**
     * The rectangle, in this CRS's own coordinates and axis order, where its positions mean something: the area of
     * use (longitude, latitude) of a geographic CRS, and for a projected one the smallest rectangle that holds its
     * area of use projected. A bbox is clipped to it ({@link CrsBox}).
     */
    public Envelope domain() {
        Envelope d = domain;
        if (d == null) {
            d = projected
                    ? projectedAreaOfUse()
                    : latitudeFirst
                            ? new Envelope(
                                    areaOfUse.getMinY(), areaOfUse.getMaxY(), areaOfUse.getMinX(), areaOfUse.getMaxX())
                            : areaOfUse;
            domain = d;
        }
        return d;
    }

    private Envelope projectedAreaOfUse() {
        Envelope out = new Envelope();
        CoordinateOperation operation = CtsOperations.fromWgs84(cts);
        double w = areaOfUse.getWidth();
        double h = areaOfUse.getHeight();
        for (int i = 0; i <= DOMAIN_SAMPLES; i++) {
            double t = (double) i / DOMAIN_SAMPLES;
            for (double[] lonLat : new double[][] {
                {areaOfUse.getMinX() + w * t, areaOfUse.getMinY()},
                {areaOfUse.getMinX() + w * t, areaOfUse.getMaxY()},
                {areaOfUse.getMinX(), areaOfUse.getMinY() + h * t},
                {areaOfUse.getMaxX(), areaOfUse.getMinY() + h * t}
            }) {
                double[] xy = position(operation, false, uri, lonLat[0], lonLat[1]);
                out.expandToInclude(xy[0], xy[1]);
            }
        }
        return out;
    }

    /** {@code g} (CRS84) in this CRS, as a new geometry; CRS84 and null are returned as they are. */
    public Geometry fromCrs84(Geometry g) {
        if (g == null || this == CRS84) {
            return g;
        }
        Geometry out = g.copy();
        CoordinateOperation operation = projected ? CtsOperations.fromWgs84(cts) : null;
        Positions.map(out, (x, y) -> position(operation, latitudeFirst, uri, x, y));
        return out;
    }

    /**
     * {@code g} given in this CRS (its axis order) as a new CRS84 geometry, vertex by vertex (edges are not
     * densified); CRS84 and null are returned as they are. Throws {@link IllegalArgumentException} when a vertex
     * lies outside the CRS's domain.
     */
    public Geometry toCrs84(Geometry g) {
        if (g == null || this == CRS84) {
            return g;
        }
        Geometry out = g.copy();
        Positions.map(out, (x, y) -> {
            Coordinate c = toCrs84(x, y);
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                throw new IllegalArgumentException("(" + x + ", " + y + ") is outside " + uri);
            }
            return new double[] {c.x, c.y};
        });
        return out;
    }

    /** A position given in this CRS's axis order as CRS84 longitude, latitude; NaNs when CTS cannot. */
    public Coordinate toCrs84(double first, double second) {
        if (!projected) {
            return latitudeFirst ? new Coordinate(second, first) : new Coordinate(first, second);
        }
        double[] lonLat = CtsOperations.toWgs84(cts, first, second);
        return new Coordinate(lonLat[0], lonLat[1]);
    }

    /** Transforms and rounds (projected) or swaps (EPSG:4326) one position. */
    private static double[] position(CoordinateOperation operation, boolean swap, String uri, double x, double y) {
        if (operation == null) {
            return swap ? new double[] {y, x} : new double[] {x, y};
        }
        try {
            double[] xy = operation.transform(new double[] {x, y});
            return new double[] {
                Math.round(xy[0] * MILLIMETRES) / MILLIMETRES, Math.round(xy[1] * MILLIMETRES) / MILLIMETRES
            };
        } catch (IllegalCoordinateException | CoordinateOperationException e) {
            throw new IllegalStateException("CTS cannot transform (" + x + ", " + y + ") to " + uri, e);
        }
    }
}
