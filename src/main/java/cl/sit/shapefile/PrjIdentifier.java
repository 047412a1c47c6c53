package cl.sit.shapefile;

import cl.sit.crs.Datum;
import cl.sit.crs.SupportedCrs;
import cl.sit.imports.FileRejected;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds which {@link SupportedCrs} a {@code .prj} describes. An EPSG code on the root node
 * ({@code AUTHORITY["EPSG","32719"]} in WKT1, {@code ID["EPSG",32719]} in WKT2) decides when SIT supports it.
 * Otherwise (ESRI {@code .prj} files carry no code) the datum is recognised by name, checked against the
 * ellipsoid's inverse flattening, and a projected CRS must be a UTM south zone: Transverse Mercator with
 * false easting 500000, false northing 10000000, scale 0.9996, latitude of origin 0, in metres.
 */
final class PrjIdentifier {

    private static final String[] PROJECTED = {"PROJCS", "PROJCRS", "PROJECTEDCRS"};
    private static final String[] GEOGRAPHIC = {"GEOGCS", "GEOGCRS", "GEOGRAPHICCRS", "GEODCRS", "GEODETICCRS"};
    private static final String[] BASE = {"GEOGCS", "BASEGEOGCRS", "BASEGEODCRS"};
    private static final double DEGREE = Math.PI / 180;

    private PrjIdentifier() {}

    static SupportedCrs identify(String wkt) {
        Wkt root = Wkt.parse(wkt);
        Optional<Integer> code = epsgCode(root);
        Optional<SupportedCrs> byCode = code.flatMap(SupportedCrs::byCode);
        if (byCode.isPresent()) {
            return byCode.get();
        }
        Optional<SupportedCrs> found = Optional.empty();
        if (root.is(PROJECTED) || root.is(GEOGRAPHIC)) {
            Datum datum = datum(root);
            Integer zone = root.is(PROJECTED) ? utmSouthZone(root) : geographicZone(root);
            if (datum != null && zone != null && greenwich(root)) {
                found = SupportedCrs.find(datum, zone);
            }
        }
        return found.orElseThrow(() -> unsupported(root, code));
    }

    private static Optional<Integer> epsgCode(Wkt root) {
        return root.children("AUTHORITY", "ID").stream()
                .filter(id -> id.name().equalsIgnoreCase("EPSG"))
                .map(id -> id.integer(1))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The datum from its name (and the geographic CRS's name), or null when SIT does not know it. */
    static Datum datum(Wkt root) {
        String datumName =
                root.find("DATUM", "GEODETICDATUM", "TRF").map(Wkt::name).orElse("");
        String geogName = root.is(GEOGRAPHIC)
                ? root.name()
                : root.child(BASE).map(Wkt::name).orElse("");
        double rf = root.find("SPHEROID", "ELLIPSOID").map(e -> e.number(2)).orElse(Double.NaN);
        Datum datum = datumByName(normalise(datumName) + " " + normalise(geogName), rf);
        if (datum != null && !Double.isNaN(rf) && Math.abs(rf - datum.inverseFlattening()) > 1e-4) {
            return null;
        }
        return datum;
    }

    private static Datum datumByName(String n, double rf) {
        if (n.contains("SIRGAS")) {
            if (n.contains("CHILE")) {
                return sirgasChile(n);
            }
            return n.contains("2000") ? Datum.SIRGAS_2000 : null;
        }
        if (n.contains("WGS1984") || n.contains("WGS84") || n.contains("WORLDGEODETICSYSTEM1984")) {
            return Datum.WGS84;
        }
        if (n.contains("PSAD56") || n.contains("PSAD1956") || (n.contains("PROVISIONAL") && n.contains("1956"))) {
            return Datum.PSAD56;
        }
        if (n.contains("SAD69") || n.contains("SAD1969") || (n.contains("SOUTHAMERICAN") && n.contains("1969"))) {
            return Math.abs(rf - Datum.SAD69_GRS67.inverseFlattening()) < 1e-4 ? Datum.SAD69_GRS67 : Datum.SAD69;
        }
        return null;
    }

    private static Datum sirgasChile(String n) {
        if (n.contains("2021") || n.contains("REALIZATION5")) {
            return Datum.SIRGAS_CHILE_2021;
        }
        if (n.contains("2016") || n.contains("REALIZATION4")) {
            return Datum.SIRGAS_CHILE_2016;
        }
        if (n.contains("2013") || n.contains("REALIZATION3")) {
            return Datum.SIRGAS_CHILE_2013;
        }
        if (n.contains("2010") || n.contains("REALIZATION2")) {
            return Datum.SIRGAS_CHILE_2010;
        }
        return Datum.SIRGAS_CHILE_2002;
    }

    /** 0 when the geographic CRS is in degrees, else null. */
    private static Integer geographicZone(Wkt root) {
        double unit = root.child("UNIT", "ANGLEUNIT").map(u -> u.number(1)).orElse(DEGREE);
        return Math.abs(unit - DEGREE) < 1e-12 ? 0 : null;
    }

    /** The UTM zone of a south-hemisphere UTM projection in metres, else null. */
    private static Integer utmSouthZone(Wkt root) {
        String method =
                normalise(root.find("PROJECTION", "METHOD").map(Wkt::name).orElse(""));
        if (!method.equals("TRANSVERSEMERCATOR") && !method.equals("GAUSSKRUGER")) {
            return null;
        }
        double cm = parameter(root, "CENTRALMERIDIAN", "LONGITUDEOFNATURALORIGIN", "LONGITUDEOFORIGIN");
        boolean utmSouth = near(parameter(root, "FALSEEASTING"), 500000)
                && near(parameter(root, "FALSENORTHING"), 10000000)
                && near(parameter(root, "SCALEFACTOR", "SCALEFACTORATNATURALORIGIN"), 0.9996)
                && near(orZero(parameter(root, "LATITUDEOFORIGIN", "LATITUDEOFNATURALORIGIN")), 0)
                && near((cm + 183) / 6, Math.rint((cm + 183) / 6))
                && inMetres(root);
        return utmSouth ? (int) Math.rint((cm + 183) / 6) : null;
    }

    /** Every length unit outside the base geographic CRS is the metre. */
    private static boolean inMetres(Wkt root) {
        List<Wkt> units = root.all(w -> w.is("UNIT", "LENGTHUNIT"), w -> w.is(BASE) || w.is("PARAMETER"));
        return units.stream().allMatch(u -> near(u.number(1), 1));
    }

    private static boolean greenwich(Wkt root) {
        return root.find("PRIMEM").map(p -> near(p.number(1), 0)).orElse(true);
    }

    private static double parameter(Wkt root, String... names) {
        for (Wkt p : root.all(w -> w.is("PARAMETER"), w -> false)) {
            String n = normalise(p.name());
            for (String name : names) {
                if (n.equals(name)) {
                    return p.number(1);
                }
            }
        }
        return Double.NaN;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static boolean near(double v, double expected) {
        return Math.abs(v - expected) < 1e-6;
    }

    /** Upper case letters and digits only: "D_SIRGAS-Chile" becomes "DSIRGASCHILE". */
    static String normalise(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    private static FileRejected unsupported(Wkt root, Optional<Integer> code) {
        String found = root.name().isEmpty() ? root.keyword() : root.name();
        String epsg = code.map(c -> " (EPSG:" + c + ")").orElse("");
        return new FileRejected("El sistema de coordenadas del archivo .prj no está soportado: «" + found + "»"
                + epsg + ". SIT lee estos sistemas: " + SupportedCrs.describeAll() + " (UTM solo en las zonas "
                + "18S y 19S). Reproyecte la capa en QGIS a uno de ellos, por ejemplo WGS 84 (EPSG:4326) o "
                + "SIRGAS-Chile 2016 / UTM 19S (EPSG:9155), y vuelva a subirla.");
    }
}
