package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.filter.Rfc3339;
import cl.sit.geometry.Geometries;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.Validity;
import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import cl.sit.system.SitProperties;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Turns the query parameters of {@code /items} into a {@link FeatureQuery}: {@code bbox} (CRS84, 4 or 6
 * numbers; a west edge greater than the east edge is a box across the antimeridian), {@code limit} (1 or more;
 * clamped to the configured maximum), {@code offset}, {@code datetime} (validated; on a layer with a validity period,
 * the territorial units, it selects the units in force on those days, and without it the units in force today; on
 * other layers an interval selects everything since they have no temporal extent, and an instant on an editable
 * layer reads the layer as it was then, like {@code asOf}), {@code crs} and {@code bbox-crs}
 * ({@link CrsParameters}), one equality filter per attribute name, and the filtering parameters of {@link FilterParameters}. Anything else is a 400, never silently ignored.
 */
final class ItemsQueryParser {

    private static final Set<String> STANDARD =
            Set.of("f", "bbox", "limit", "offset", "datetime", "asOf", CrsParameters.CRS, CrsParameters.BBOX_CRS);

    private final SitProperties.OgcApi limits;

    ItemsQueryParser(SitProperties.OgcApi limits) {
        this.limits = limits;
    }

    FeatureQuery parse(Layer layer, Map<String, String[]> params) {
        Map<String, Object> equalTo = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> p : params.entrySet()) {
            String name = p.getKey();
            if (p.getValue().length > 1) {
                throw invalid(name, "el parámetro '" + name + "' aparece más de una vez");
            }
            if (STANDARD.contains(name) || FilterParameters.NAMES.contains(name)) {
                continue;
            }
            LayerAttribute attribute = layer.attribute(name)
                    .orElseThrow(() -> ErrorCode.INVALID_PARAMETER.exception("Parámetro desconocido '" + name
                            + "'. Válidos: " + STANDARD + " y los atributos de la colección " + layer.id()));
            try {
                equalTo.put(name, attribute.type().parse(p.getValue()[0]));
            } catch (IllegalArgumentException e) {
                throw invalid(
                        name,
                        "'" + p.getValue()[0] + "' no es un valor "
                                + attribute.type().jsonName());
            }
        }
        Validity days = datetime(single(params, "datetime"));
        CrsParameters.crs(params);
        ServedCrs bboxCrs = CrsParameters.bboxCrs(params);
        String bbox = single(params, "bbox");
        FeatureQuery query = new FeatureQuery(
                        null, equalTo, limit(single(params, "limit")), offset(single(params, "offset")))
                .refined(
                        FilterParameters.filter(layer, params),
                        FilterParameters.sortBy(layer, params),
                        FilterParameters.properties(layer, params))
                .validAt(layer.hasValidity() ? days : null);
        if (bbox == null) {
            return query;
        }
        double[] box = bboxNumbers(bbox);
        return bboxCrs == ServedCrs.CRS84
                ? withLonLatBox(query, box[0], box[1], box[2], box[3])
                : CrsParameters.bbox(query, bboxCrs, box);
    }

    private int limit(String text) {
        if (text == null) {
            return limits.defaultLimit();
        }
        long limit = integer("limit", text);
        if (limit < 1) {
            throw invalid("limit", "limit debe ser un entero mayor o igual a 1");
        }
        return (int) Math.min(limit, limits.maxLimit());
    }

    private static int offset(String text) {
        if (text == null) {
            return 0;
        }
        long offset = integer("offset", text);
        if (offset < 0 || offset > Integer.MAX_VALUE) {
            throw invalid("offset", "offset debe ser un entero entre 0 y " + Integer.MAX_VALUE);
        }
        return (int) offset;
    }

    /** The corners of a bbox of 4 or 6 finite numbers, heights dropped: {@code x1, y1, x2, y2}. */
    static double[] bboxNumbers(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw invalid("bbox", "bbox debe tener 4 o 6 números: minLon,minLat,maxLon,maxLat");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw invalid("bbox", "'" + parts[i] + "' no es un número");
            }
            if (!Double.isFinite(v[i])) {
                throw invalid("bbox", "bbox debe tener números finitos");
            }
        }
        int d = parts.length / 2;
        return new double[] {v[0], v[1], v[d], v[d + 1]};
    }

    /**
     * {@code query} restricted to a longitude/latitude box, checked. A box whose west edge is east of its east edge
     * ({@code minX > maxX}) crosses the antimeridian (OGC API Features Part 1, 7.15.3): it selects the two boxes
     * {@code minX..180} and {@code -180..maxX}.
     */
    static FeatureQuery withLonLatBox(FeatureQuery query, double minX, double minY, double maxX, double maxY) {
        if (minY > maxY || minY < -90 || maxY > 90 || minX < -180 || maxX > 180) {
            throw invalid(
                    "bbox", "bbox fuera de rango o con mínimo mayor que máximo (CRS84: lon -180..180, lat -90..90)");
        }
        if (minX <= maxX) {
            return query.within(new Envelope(minX, maxX, minY, maxY));
        }
        // A side of no width (a west edge of 180 or an east edge of -180) is the antimeridian itself: a line.
        GeometryFactory factory = Geometries.FACTORY;
        return query.intersecting(factory.buildGeometry(List.of(
                factory.toGeometry(new Envelope(minX, 180, minY, maxY)),
                factory.toGeometry(new Envelope(-180, maxX, minY, maxY)))));
    }

    /**
     * RFC 3339 instant or date, or an interval of them with {@code ..} (or nothing) for an open end, as the days it
     * covers (instants taken in UTC); null without {@code datetime}.
     */
    static Validity datetime(String text) {
        if (text == null) {
            return null;
        }
        String[] ends = text.split("/", -1);
        if (ends.length > 2) {
            throw invalid("datetime", "datetime debe ser un instante o un intervalo inicio/fin");
        }
        LocalDate[] days = new LocalDate[ends.length];
        for (int i = 0; i < ends.length; i++) {
            String end = ends[i];
            if (ends.length == 2 && (end.equals("..") || end.isEmpty())) {
                continue;
            }
            try {
                days[i] = end.length() == 10
                        ? Rfc3339.date(end)
                        : Rfc3339.instant(end)
                                .withOffsetSameInstant(ZoneOffset.UTC)
                                .toLocalDate();
            } catch (DateTimeParseException e) {
                throw invalid("datetime", "'" + end + "' no es una fecha RFC 3339");
            }
        }
        LocalDate from = days[0];
        LocalDate to = days[days.length - 1];
        if (from != null && to != null && to.isBefore(from)) {
            throw invalid("datetime", "el intervalo termina antes de empezar");
        }
        return new Validity(from, to);
    }

    /**
     * The moment an editable layer is read at: {@code asOf} (an RFC 3339 instant, or a date meaning the end of that
     * day in UTC), or a {@code datetime} instant (not an interval) on an editable layer. Null for the current state.
     */
    static OffsetDateTime asOf(Layer layer, Map<String, String[]> params) {
        String asOf = single(params, "asOf");
        String datetime = single(params, "datetime");
        if (asOf == null && (datetime == null || datetime.contains("/") || !layer.editable())) {
            return null;
        }
        String text = asOf != null ? asOf : datetime;
        if (!layer.editable()) {
            throw invalid(
                    "asOf",
                    "la colección " + layer.id() + " no guarda historial; asOf solo se aplica a capas editables");
        }
        try {
            return text.length() == 10
                    ? Rfc3339.date(text)
                            .plusDays(1)
                            .atStartOfDay()
                            .atOffset(java.time.ZoneOffset.UTC)
                            .minusNanos(1000)
                    : Rfc3339.instant(text);
        } catch (DateTimeParseException e) {
            throw invalid(asOf != null ? "asOf" : "datetime", "'" + text + "' no es una fecha u hora RFC 3339");
        }
    }

    private static long integer(String name, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw invalid(name, name + " debe ser un número entero");
        }
    }

    static String single(Map<String, String[]> params, String name) {
        String[] v = params.get(name);
        return v == null ? null : v[0];
    }

    static ApiException invalid(String name, String description) {
        return ErrorCode.INVALID_PARAMETER_VALUE.exception("Parámetro '" + name + "': " + description);
    }
}
