package cl.sit.editing;

import cl.sit.geojson.GeoJsonPositions;
import cl.sit.geojson.GeoJsonReader;
import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.system.ChileanNumbers;
import cl.sit.system.Texts;
import cl.sit.territory.CodeCrosswalk;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.geojson.GeoJsonObject;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a submitted GeoJSON Feature against its layer: attributes against the schema (types, required, domain,
 * length, range; no unknown names; read-only ones absent or unchanged) and against what both stores hold exactly
 * (numbers within ±(2^53 − 1), dates 1800–2200, text without lone surrogates), the geometry against the layer's type
 * and validity, and its place against the owning commune. Collects every problem rather than stopping at the
 * first.
 */
@Component
class FeatureValidator {

    /** Largest magnitude of a number attribute: every integer up to it has an exact double (2^53 − 1). */
    static final double MAX_EXACT = 9_007_199_254_740_991d;
    /** Dates of attributes lie in this range. */
    static final LocalDate MIN_DATE = LocalDate.of(1800, 1, 1);

    static final LocalDate MAX_DATE = LocalDate.of(2200, 12, 31);

    /** A checked feature, ready to store. */
    record Checked(Map<String, Object> values, Geometry geometry, String cut) {}

    private final CommuneAreas communes;
    private final ObjectMapper json;
    private final CodeCrosswalk crosswalk;

    FeatureValidator(CommuneAreas communes, ObjectMapper json, CodeCrosswalk crosswalk) {
        this.crosswalk = crosswalk;
        this.communes = communes;
        this.json = json;
    }

    /**
     * Checks {@code body}. {@code readOnly} holds the values the read-only properties have (or will have); a
     * client may repeat them but not change them. {@code cut} is the owning commune of an existing feature, or null
     * for a new one (then the owner is the commune the geometry lies in). Problems go to {@code problems}; the result
     * is null when there were any.
     */
    Checked check(Layer layer, JsonNode body, Map<String, Object> readOnly, String cut, List<FeatureProblem> problems) {
        int before = problems.size();
        if (body == null
                || !body.isObject()
                || !"Feature".equals(body.path("type").asString(""))) {
            problems.add(FeatureProblem.of(null, "Se espera un objeto GeoJSON de tipo Feature"));
            return null;
        }
        JsonNode crs = body.get("crs");
        if (crs != null
                && !crs.isNull()
                && !crs.toString().contains("CRS84")
                && !crs.toString().contains("4326")) {
            problems.add(FeatureProblem.of("crs", "Solo se aceptan coordenadas longitud/latitud WGS84 (CRS84)"));
        }
        Map<String, Object> values = attributes(layer, body.path("properties"), readOnly, problems);
        Geometry geometry =
                GeometryCheck.conform(layer.geometryType(), geometry(body.get("geometry"), problems), problems);
        String owner = cut;
        if (geometry != null) {
            owner = placed(geometry, cut, problems);
        }
        JsonNode givenCut = body.path("properties").path(Layer.OWNER_COLUMN);
        if (owner != null && cut == null && !givenCut.isMissingNode() && !givenCut.isNull()) {
            String given = givenCut.asString("");
            // A commune code of before 2007 (10502, Corral in the Región de Los Lagos) names today's commune.
            if (!given.equals(owner)
                    && !crosswalk.communeSuccessor(given).filter(owner::equals).isPresent()) {
                problems.add(FeatureProblem.of(
                        Layer.OWNER_COLUMN,
                        "La geometría está en la comuna " + named(owner) + ", no en " + named(given)
                                + "; la comuna dueña se deduce de la geometría"));
            }
        }
        return problems.size() == before ? new Checked(values, geometry, owner) : null;
    }

    private Geometry geometry(JsonNode node, List<FeatureProblem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        String problem = GeoJsonPositions.scan(node).problem();
        if (problem != null) {
            problems.add(FeatureProblem.of("geometry", problem));
            return null;
        }
        try {
            return GeoJsonReader.toJts(json.treeToValue(node, GeoJsonObject.class));
        } catch (RuntimeException e) {
            problems.add(FeatureProblem.of("geometry", "La geometría no es GeoJSON válido"));
            return null;
        }
    }

    private String placed(Geometry g, String cut, List<FeatureProblem> problems) {
        if (cut == null) {
            String owner = communes.ownerOf(g);
            if (owner == null) {
                problems.add(notInAnyCommune(g));
            }
            return owner;
        }
        CommuneAreas.Fit fit = communes.fit(cut, g);
        if (!fit.inside()) {
            problems.add(FeatureProblem.at(
                    "geometry",
                    "La geometría sale de la comuna " + named(cut) + ": "
                            + ChileanNumbers.percent(fit.outsideFraction()) + " queda fuera, hasta "
                            + ChileanNumbers.metres(fit.outsideM()) + "; la tolerancia es " + tolerance(),
                    fit.farthest()));
        }
        return cut;
    }

    /** A commune as a reader knows it, "Valdivia (14101)"; a code SIT does not know stays a bare code. */
    private String named(String cut) {
        String name = communes.name(cut);
        return name == null ? cut : name + " (" + cut + ")";
    }

    /**
     * Why a new geometry has no owner: it lies partly in a commune (how much is outside the one holding most of it),
     * or in none (which one is nearest, and how far).
     */
    private FeatureProblem notInAnyCommune(Geometry g) {
        CommuneAreas.Partial partial = communes.mostOf(g);
        if (partial != null) {
            return FeatureProblem.at(
                    "geometry",
                    "La geometría no queda dentro de una comuna: "
                            + ChileanNumbers.percent(partial.outsideFraction()) + " fuera de la comuna "
                            + partial.name() + " ("
                            + partial.cut() + "), la que contiene la mayor parte (tolerancia " + tolerance() + ")",
                    partial.farthest());
        }
        CommuneAreas.Nearest nearest = communes.nearest(g);
        return FeatureProblem.at(
                "geometry",
                "La geometría no cae dentro de ninguna comuna"
                        + (nearest == null
                                ? ""
                                : ": la más cercana es " + nearest.name() + " (" + nearest.cut() + "), a "
                                        + ChileanNumbers.metres(nearest.distanceM()))
                        + " (tolerancia " + tolerance() + ")",
                g.getInteriorPoint().getCoordinate());
    }

    private String tolerance() {
        return ChileanNumbers.metres(communes.toleranceM());
    }

    private static Map<String, Object> attributes(
            Layer layer, JsonNode properties, Map<String, Object> readOnly, List<FeatureProblem> problems) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (!properties.isMissingNode() && !properties.isNull() && !properties.isObject()) {
            problems.add(FeatureProblem.of("properties", "properties debe ser un objeto"));
            return values;
        }
        for (String name : properties.propertyNames()) {
            if (layer.attribute(name).isEmpty()) {
                problems.add(FeatureProblem.of(name, "Atributo desconocido en la capa " + layer.id() + ": " + name));
            }
        }
        for (LayerAttribute a : layer.attributes()) {
            JsonNode node = properties.path(a.name());
            boolean given = !node.isMissingNode();
            if (a.readOnly()) {
                if (a.name().equals(Layer.OWNER_COLUMN) && readOnly.get(a.name()) == null) {
                    continue;
                }
                Object value = given ? value(a, node, problems) : null;
                if (given && !node.isNull() && !Objects.equals(value, readOnly.get(a.name()))) {
                    problems.add(FeatureProblem.of(
                            a.name(),
                            "El atributo " + a.name() + " lo mantiene SIT y no se puede cambiar (valor actual: "
                                    + readOnly.get(a.name()) + ")"));
                }
                continue;
            }
            Object value = given ? value(a, node, problems) : null;
            if (value == null && a.required() && (!given || node.isNull())) {
                problems.add(FeatureProblem.of(a.name(), "Falta el atributo obligatorio «" + a.title() + "»"));
            }
            if (value != null) {
                constraints(a, value, problems);
            }
            values.put(a.name(), value);
        }
        return values;
    }

    /** The JSON value as the attribute's Java type, or null (adding a problem when the type is wrong). */
    private static Object value(LayerAttribute a, JsonNode node, List<FeatureProblem> problems) {
        if (node.isNull()) {
            return null;
        }
        Object value =
                switch (a.type()) {
                    case STRING -> node.isString() ? node.asString() : null;
                    case INTEGER -> integer(node);
                    case NUMBER ->
                        node.isNumber() && Double.isFinite(node.asDouble()) ? Double.valueOf(node.asDouble()) : null;
                    case BOOLEAN -> node.isBoolean() ? Boolean.valueOf(node.asBoolean()) : null;
                    case DATE -> date(node);
                };
        if (value == null) {
            problems.add(FeatureProblem.of(
                    a.name(),
                    "«" + a.title() + "» debe ser " + typeName(a.type()) + "; se recibió " + shortText(node)));
            return null;
        }
        String outOfRange = outOfRange(value);
        if (outOfRange != null) {
            problems.add(FeatureProblem.of(a.name(), "«" + a.title() + "» " + outOfRange));
            return null;
        }
        return value;
    }

    /**
     * A whole number, also when written as 12.0; null when it is not one. One too large for a {@code long} comes
     * back as {@link Long#MAX_VALUE}, which {@link #outOfRange} refuses, never as a clamped value to store.
     */
    private static Long integer(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? Long.valueOf(node.asLong()) : Long.valueOf(Long.MAX_VALUE);
        }
        if (!node.isNumber()) {
            return null;
        }
        double d = node.asDouble();
        return d == Math.rint(d) && Math.abs(d) <= MAX_EXACT ? Long.valueOf((long) d) : Long.valueOf(Long.MAX_VALUE);
    }

    /**
     * What makes a well-typed value unstorable, or null: numbers beyond what a double holds exactly (so both stores
     * and every client read back the same value), dates outside {@link #MIN_DATE}..{@link #MAX_DATE} (a typing
     * error, and beyond what the stores and clients share), text with a lone surrogate (no UTF-8 form).
     */
    private static String outOfRange(Object value) {
        if (value instanceof Number n && Math.abs(n.doubleValue()) > MAX_EXACT) {
            return "debe estar entre -" + (long) MAX_EXACT + " y " + (long) MAX_EXACT;
        }
        if (value instanceof LocalDate d && (d.isBefore(MIN_DATE) || d.isAfter(MAX_DATE))) {
            return "debe ser una fecha entre " + MIN_DATE + " y " + MAX_DATE + "; se recibió " + d;
        }
        if (value instanceof String s && Texts.hasLoneSurrogate(s)) {
            return "contiene un carácter no válido (un sustituto UTF-16 suelto); revise el texto";
        }
        return null;
    }

    private static String shortText(JsonNode node) {
        String text = node.toString();
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    private static LocalDate date(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void constraints(LayerAttribute a, Object value, List<FeatureProblem> problems) {
        if (value instanceof String s) {
            if (s.isBlank() && a.required()) {
                problems.add(FeatureProblem.of(a.name(), "Falta el atributo obligatorio «" + a.title() + "»"));
            }
            if (!a.domain().isEmpty() && !a.domain().contains(s)) {
                problems.add(FeatureProblem.of(
                        a.name(), "«" + a.title() + "» debe ser uno de " + a.domain() + "; se recibió «" + s + "»"));
            }
            int max = a.maxLength() != null ? a.maxLength() : 254;
            if (s.length() > max) {
                problems.add(FeatureProblem.of(
                        a.name(), "«" + a.title() + "» admite hasta " + max + " caracteres; tiene " + s.length()));
            }
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if ((a.min() != null && d < a.min()) || (a.max() != null && d > a.max())) {
                problems.add(FeatureProblem.of(
                        a.name(),
                        "«" + a.title() + "» debe estar entre "
                                + (a.min() == null ? "-∞" : plain(a.min())) + " y "
                                + (a.max() == null ? "∞" : plain(a.max()))
                                + "; se recibió " + n));
            }
        }
    }

    private static String plain(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    private static String typeName(AttributeType t) {
        return switch (t) {
            case STRING -> "texto";
            case INTEGER -> "un número entero";
            case NUMBER -> "un número";
            case BOOLEAN -> "verdadero o falso";
            case DATE -> "una fecha AAAA-MM-DD";
        };
    }
}
