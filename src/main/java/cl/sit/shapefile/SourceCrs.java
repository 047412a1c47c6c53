package cl.sit.shapefile;

import cl.sit.crs.CtsOperations;
import cl.sit.crs.Datum;
import cl.sit.crs.DatumShift;
import cl.sit.crs.Positions;
import cl.sit.crs.SupportedCrs;
import cl.sit.geometry.Geometries;
import cl.sit.imports.FileRejected;
import cl.sit.storage.Wkb;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The coordinate reference system of an uploaded layer, identified from its {@code .prj}, and the way to
 * WGS 84 longitude/latitude (EPSG:4326, the SRID of everything SIT stores).
 *
 * <p><b>Supported</b> (see {@link #supported()}): WGS 84 (4326, UTM 18S 32718, 19S 32719); SIRGAS 2000
 * (4674, 31978, 31979); SIRGAS-Chile 2002 (5360, UTM 18S 5362, 19S 5361), 2010 (8949, 8950, 8951), 2013
 * (9148, 9149, 9150), 2016 (9153, UTM 18S 9154, 19S 9155) and 2021 (20041, 20048, 20049); PSAD56 (4248,
 * 24878, 24879); SAD69 (4618, 29188, 29189) and SAD69 on GRS 1967 (deprecated 4291, 29178, 29179). UTM only
 * in zones 18S and 19S (continental Chile). How a {@code .prj} is recognised: {@link PrjIdentifier}.
 *
 * <p><b>Transformation.</b> CTS (shipped with H2GIS) projects and shifts datums. SIRGAS datums are taken as
 * WGS 84 (null transformation, as PROJ does at this accuracy). PSAD56 and SAD69 are shifted with EPSG's
 * Chilean geocentric translations, chosen for the place of each geometry (the centre of its envelope):
 * PSAD56 to WGS 84 (15, 16, 17) and SAD69 to WGS 84 (17, 18, 19) by latitude band, else the continental
 * PSAD56 to WGS 84 (1) or SAD69 to WGS 84 (1). CTS's own EPSG registry carries only the continental shift for
 * PSAD56, which puts Los Ríos about 80 m off. One geometry is never split between two shifts (GDAL chooses per
 * vertex), so a geometry that crosses a band limit (26°S, 32°S, 36°S) is moved by the shift of its centre.
 * Z and M values are dropped.
 *
 * <p><b>Measured against GDAL 3.6.2 / PROJ 9.1.1</b> on the test fixtures: seven Los Ríos urban limits
 * (420 vertices) written from EPSG:4326 by {@code ogr2ogr -t_srs} in each CRS, then read here.
 * <ul>
 *   <li>Against {@code ogr2ogr -t_srs EPSG:4326} reading the same files: WGS 84 UTM (32718, 32719),
 *       SIRGAS-Chile 2002 and 2016 UTM (5361, 5362, 9154, 9155) and PSAD56 UTM (24878, 24879) agree within
 *       0.002 mm. SAD69 UTM (29188, 29189) differs by up to 2.70 m: reading SAD69, PROJ 9.1 picks SAD69 to
 *       WGS 84 (16), a transformation for Brazil, while SIT keeps EPSG's Chilean one. The 29179 fixture
 *       (GRS 1967) differs by the same 2.70 m: GDAL takes its datum for SAD69 and makes the same choice.</li>
 *   <li>Against the EPSG:4326 source of the fixtures (GDAL's forward direction, which does use the Chilean
 *       SAD69 to WGS 84 (19)): WGS 84 and SIRGAS 0.002 mm, SAD69 (and 29179, written with the same shift on
 *       GRS 1967) 0.25 mm, PSAD56 2.1 mm. A 2D datum shift drops the ellipsoidal height, so there and back is
 *       not exact: GDAL's own round trip of PSAD56 is off by the same 2.1 mm.</li>
 * </ul>
 * SIRGAS 2000, SIRGAS-Chile 2010, 2013 and 2021 and the geographic CRSs have no fixture: they take the same
 * path as the measured ones (a null shift, or the same band shifts).
 */
public final class SourceCrs {

    private final SupportedCrs crs;

    private SourceCrs(SupportedCrs crs) {
        this.crs = crs;
    }

    /**
     * The CRS a {@code .prj} file describes (ESRI WKT as written by QGIS, ArcGIS and GDAL; OGC WKT1 and WKT2
     * work too).
     *
     * @throws FileRejected when the text is empty, not WKT, or a CRS SIT does not support (the message names
     *     what was found and lists what is supported)
     */
    public static SourceCrs fromPrj(String wkt) {
        if (wkt == null || wkt.isBlank()) {
            throw new FileRejected("El archivo .prj está vacío: no indica el sistema de coordenadas de la capa. "
                    + "Vuelva a exportar la capa desde QGIS.");
        }
        return new SourceCrs(PrjIdentifier.identify(wkt));
    }

    /**
     * A supported CRS by EPSG code.
     *
     * @throws FileRejected when SIT does not support {@code code}
     */
    public static SourceCrs epsg(int code) {
        return SupportedCrs.byCode(code)
                .map(SourceCrs::new)
                .orElseThrow(() -> new FileRejected("El sistema de coordenadas EPSG:" + code
                        + " no está soportado. SIT lee estos sistemas: " + SupportedCrs.describeAll() + "."));
    }

    /** Every supported CRS, in a stable order. */
    public static List<SourceCrs> supported() {
        return SupportedCrs.ALL.stream().map(SourceCrs::new).toList();
    }

    public int epsg() {
        return crs.epsg();
    }

    /** EPSG's name, e.g. "SIRGAS-Chile 2016 / UTM zone 19S". */
    public String name() {
        return crs.name();
    }

    /**
     * {@code g} (in this CRS, x = easting or longitude) as a new geometry of {@link Wkb#FACTORY}: SRID 4326,
     * x = longitude, y = latitude; Z and M, if any, are set to NaN. Null stays null.
     *
     * @throws FileRejected when a coordinate falls outside the range of longitude/latitude once transformed,
     *     which happens when the {@code .prj} does not match the coordinates
     */
    public Geometry toWgs84(Geometry g) {
        if (g == null) {
            return null;
        }
        Geometry out = Geometries.FACTORY.createGeometry(g);
        if (out.isEmpty()) {
            return out;
        }
        String proj4 = crs.proj4(shiftFor(out.getEnvelopeInternal()));
        String operation = crs.epsg() == Geometries.SRID ? null : proj4;
        Positions.map(out, (x, y) -> toWgs84(operation, x, y));
        return out;
    }

    private DatumShift shiftFor(Envelope env) {
        Datum datum = crs.datum();
        if (!datum.shiftDependsOnPlace()) {
            return datum.fallback();
        }
        double[] centre = CtsOperations.toWgs84(crs.proj4(datum.fallback()), env.centre().x, env.centre().y);
        return datum.shiftAt(centre[0], centre[1]);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceCrs other && other.crs.epsg() == crs.epsg();
    }

    @Override
    public int hashCode() {
        return crs.epsg();
    }

    @Override
    public String toString() {
        return "EPSG:" + crs.epsg() + " " + crs.name();
    }

    /** One position in WGS 84 (no operation for WGS 84), checked. */
    private double[] toWgs84(String proj4, double x, double y) {
        boolean utmRange = crs.utmZone() == 0 || (x > 0 && x < 1_000_000 && y > 0 && y <= 10_000_000);
        double[] lonLat = proj4 == null ? new double[] {x, y} : CtsOperations.toWgs84(proj4, x, y);
        if (!utmRange || !(Math.abs(lonLat[0]) <= 180 && Math.abs(lonLat[1]) <= 90)) {
            throw new FileRejected("La coordenada (" + x + ", " + y + ") no es válida en " + name() + " (EPSG:" + epsg()
                    + "): el archivo .prj no corresponde a las coordenadas de la capa.");
        }
        return lonLat;
    }
}
