package cl.sit.filter;

import cl.sit.geometry.Geometries;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryComponentFilter;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Reading the literals shared by cql2-text and cql2-json; {@code where} names the place for error messages. */
final class Literals {

    private Literals() {}

    /** An integral number as {@code Long}, any other as {@code Double}. */
    static Number number(String text, int position) {
        try {
            if (text.matches("[+-]?\\d+")) {
                try {
                    return Long.parseLong(text);
                } catch (NumberFormatException tooLong) {
                    return Double.parseDouble(text);
                }
            }
            double d = Double.parseDouble(text);
            if (!Double.isFinite(d)) {
                throw new NumberFormatException(text);
            }
            return d;
        } catch (NumberFormatException e) {
            throw new InvalidFilter(
                    "Filtro CQL2 inválido en la posición " + position + ": '" + text + "' no es un número");
        }
    }

    static LocalDate date(String text, String where) {
        try {
            return Rfc3339.date(text);
        } catch (DateTimeParseException e) {
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): '" + text + "' no es una fecha AAAA-MM-DD");
        }
    }

    static Instant timestamp(String text, String where) {
        try {
            return Rfc3339.instant(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): '" + text
                    + "' no es un instante RFC 3339 (p. ej. 2024-01-31T12:00:00Z)");
        }
    }

    /**
     * An end of an interval given as a string: {@code '..'} (unbounded) gives null, {@code AAAA-MM-DD} a
     * {@code LocalDate}, anything else must be an RFC 3339 timestamp.
     */
    static Expr intervalEnd(String text, String where) {
        if (text.equals("..")) {
            return null;
        }
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return new Expr.Literal(date(text, where));
        }
        try {
            return new Expr.Literal(Rfc3339.instant(text).toInstant());
        } catch (DateTimeParseException e) {
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): '" + text + "' no es un extremo de "
                    + "INTERVAL: se esperaba una fecha AAAA-MM-DD, un instante RFC 3339 o '..'");
        }
    }

    /** BBOX with 4 numbers (or 6, whose heights are ignored) as a polygon; longitude, latitude. */
    static Geometry bbox(List<Double> v, String where) {
        if (v.size() != 4 && v.size() != 6) {
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): BBOX lleva 4 o 6 números");
        }
        int d = v.size() / 2;
        if (v.get(0) > v.get(d) || v.get(1) > v.get(d + 1)) {
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): BBOX con mínimo mayor que máximo");
        }
        return Geometries.FACTORY.toGeometry(new Envelope(v.get(0), v.get(d), v.get(1), v.get(d + 1)));
    }

    /** A WKT geometry; nested deeper than {@link FilterLimits#MAX_GEOMETRY_NESTING} is refused before JTS reads it. */
    static Geometry wkt(String wkt, String where) {
        int depth = 0;
        for (int i = 0; i < wkt.length(); i++) {
            depth += wkt.charAt(i) == '(' ? 1 : wkt.charAt(i) == ')' ? -1 : 0;
            if (depth > FilterLimits.MAX_GEOMETRY_NESTING) {
                throw FilterLimits.tooDeep("(" + where + ")");
            }
        }
        try {
            return new WKTReader(Geometries.FACTORY).read(wkt);
        } catch (ParseException | IllegalArgumentException e) {
            // JTS explains in English: the user gets where, and what to look for.
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): geometría WKT mal formada; revise el "
                    + "tipo, los paréntesis, las comas y los números");
        }
    }

    /**
     * Coordinates must be longitude/latitude (CRS84). Checked when the filter is bound, after its geometries were
     * brought from {@code filter-crs} to CRS84.
     */
    static Geometry checked(Geometry g, String where) {
        Envelope e = g.getEnvelopeInternal();
        if (!e.isNull() && (e.getMinX() < -180 || e.getMaxX() > 180 || e.getMinY() < -90 || e.getMaxY() > 90)) {
            throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): coordenadas fuera de CRS84 "
                    + "(longitud -180..180, latitud -90..90)");
        }
        g.apply((GeometryComponentFilter) part -> {
            if (part instanceof LinearRing ring && !ring.isEmpty() && (ring.getNumPoints() < 4 || !ring.isClosed())
                    || part instanceof LineString line && !line.isEmpty() && line.getNumPoints() < 2) {
                throw new InvalidFilter("Filtro CQL2 inválido (" + where + "): cada anillo de un polígono lleva al "
                        + "menos 4 posiciones y termina en la primera; cada línea, al menos 2");
            }
        });
        return g;
    }
}
