package cl.sit.investment;

import cl.sit.analysis.ValidityErrors;
import cl.sit.geometry.Geometries;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * The location of an import row: WKT or LON/LAT read (EPSG:4326), then checked (not empty, at most the vertex
 * bound, in degrees, valid, in Chile). Problems go to the import's error list with the row number.
 */
final class RowGeometry {

    /** A collection of multipolygons nests four levels of brackets; far deeper is hostile (JTS recurses). */
    private static final int MAX_WKT_NESTING = 16;

    private final List<ImportError> errors;
    private final int maxVertices;

    RowGeometry(List<ImportError> errors, int maxVertices) {
        this.errors = errors;
        this.maxVertices = maxVertices;
    }

    Geometry read(int n, String wkt, String lon, String lat) {
        if (wkt != null) {
            if (nesting(wkt) > MAX_WKT_NESTING) {
                errors.add(new ImportError(
                        n, "WKT", "WKT no válido: más de " + MAX_WKT_NESTING + " niveles de paréntesis"));
                return null;
            }
            try {
                Geometry g = new WKTReader(Geometries.FACTORY).read(wkt);
                g.setSRID(Geometries.SRID);
                return checked(n, g);
            } catch (ParseException e) {
                // JTS explains in English; the row and column are what the user needs.
                errors.add(new ImportError(
                        n,
                        "WKT",
                        "WKT no válido: revise el tipo de geometría, los paréntesis, "
                                + "las comas y los números (longitud latitud)"));
                return null;
            }
        }
        if (lon == null || lat == null) {
            errors.add(new ImportError(n, "LON/LAT", "Falta la ubicación: LON y LAT, o WKT"));
            return null;
        }
        try {
            double x = degrees(lon);
            double y = degrees(lat);
            return checked(n, Geometries.FACTORY.createPoint(new Coordinate(x, y)));
        } catch (NumberFormatException e) {
            errors.add(new ImportError(n, "LON/LAT", "Coordenadas no numéricas"));
            return null;
        }
    }

    /** Degrees with a decimal point or, as Chilean spreadsheets write them, a decimal comma. */
    private static double degrees(String text) {
        return Double.parseDouble(text.indexOf('.') < 0 ? text.replace(',', '.') : text);
    }

    /** The deepest level of round brackets in {@code wkt}. */
    private static int nesting(String wkt) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < wkt.length(); i++) {
            char c = wkt.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.max(max, depth);
        }
        return max;
    }

    Geometry checked(int n, Geometry g) {
        if (g.isEmpty()) {
            errors.add(new ImportError(n, "geometria", "Geometría vacía"));
            return null;
        }
        if (g.getNumPoints() > maxVertices) {
            errors.add(new ImportError(
                    n,
                    "geometria",
                    "La geometría tiene " + g.getNumPoints() + " vértices; el máximo es " + maxVertices
                            + ". Simplifíquela o divídala"));
            return null;
        }
        var env = g.getEnvelopeInternal();
        if (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90) {
            errors.add(new ImportError(
                    n, "geometria", "Coordenadas fuera de rango: se esperan longitud y latitud en grados (EPSG:4326)"));
            return null;
        }
        TopologyValidationError invalid = new IsValidOp(g).getValidationError();
        if (invalid != null) {
            errors.add(new ImportError(
                    n,
                    "geometria",
                    String.format(
                            Locale.ROOT,
                            "Geometría no válida: %s en (%.6f, %.6f)",
                            ValidityErrors.spanish(invalid),
                            invalid.getCoordinate().x,
                            invalid.getCoordinate().y)));
            return null;
        }
        String outside = ChileBounds.problem(g);
        if (outside != null) {
            errors.add(new ImportError(n, "geometria", outside));
            return null;
        }
        return g;
    }
}
