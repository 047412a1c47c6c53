package cl.sit.regionalization;

import cl.sit.system.ApiException;
import cl.sit.system.ErrorCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The body of {@code POST /api/regionalizations}, parsed and bounded once; anything unknown or out of range is a
 * 400 {@code InvalidBody} naming the field.
 *
 * @param units {@code comunas} or {@code zonas-censales}
 * @param scope a region code or {@code todas} (communes), a commune code (census zones)
 * @param variables 1 to {@value #MAX_VARIABLES}
 * @param k regions asked for (SKATER), 2 to {@value #MAX_K}; 0 for max-p
 * @param floor the floor variable (max-p: required; SKATER: optional), or null
 * @param floorMinimum the smallest sum of the floor variable per region
 * @param minSize smallest number of units per region (SKATER)
 * @param toleranceM units closer than this, in metres, are neighbours even when they do not touch
 * @param imputeMean missing values replaced by the mean of the other units (and reported) instead of refusing
 * @param seed the max-p random seed
 * @param tries the max-p constructions
 */
record RegionalizationRequest(
        String units,
        String scope,
        List<VariableRequest> variables,
        Standardization.Method standardization,
        String method,
        int k,
        VariableRequest floor,
        double floorMinimum,
        int minSize,
        Contiguity.Rule rule,
        double toleranceM,
        boolean imputeMean,
        long seed,
        int tries) {

    static final int MAX_VARIABLES = 12;
    static final int MAX_K = 30;
    static final int MAX_TRIES = 500;
    static final double MAX_TOLERANCE_M = 20_000;
    static final String SKATER = "skater";
    static final String MAX_P = "max-p";
    private static final Set<String> FIELDS = Set.of(
            "unidades",
            "ambito",
            "variables",
            "estandarizacion",
            "metodo",
            "k",
            "piso",
            "tamano_minimo",
            "contiguidad",
            "distancia_m",
            "faltantes",
            "semilla",
            "intentos");

    static RegionalizationRequest parse(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw bad("cuerpo", "se espera un objeto JSON");
        }
        body.propertyNames().forEach(name -> {
            if (!FIELDS.contains(name)) {
                throw bad(
                        name,
                        "campo desconocido; válidos: "
                                + FIELDS.stream().sorted().toList());
            }
        });
        String units = text(body, "unidades", UnitSet.COMMUNES, List.of(UnitSet.COMMUNES, UnitSet.ZONES));
        boolean communes = units.equals(UnitSet.COMMUNES);
        String scope = text(body, "ambito", communes ? "14" : null, null);
        if (scope == null || !(communes ? scope.matches("\\d{2}|todas") : scope.matches("\\d{5}"))) {
            throw bad(
                    "ambito",
                    communes
                            ? "el código de una región (2 dígitos, p. ej. 14) o 'todas'"
                            : "el código CUT de una comuna (5 dígitos) cuyas zonas censales agrupar");
        }
        JsonNode list = body.get("variables");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX_VARIABLES) {
            throw bad("variables", "una lista de 1 a " + MAX_VARIABLES + " variables");
        }
        List<VariableRequest> variables = new ArrayList<>();
        list.forEach(v -> variables.add(variable(v, "variables", Set.of("id", "peso"))));
        Standardization.Method standardization =
                text(body, "estandarizacion", "z", List.of("z", "rango")).equals("z")
                        ? Standardization.Method.Z
                        : Standardization.Method.RANGO;
        String method = text(body, "metodo", null, List.of(SKATER, MAX_P));
        if (method == null) {
            throw bad("metodo", "obligatorio: skater o max-p");
        }
        boolean skater = method.equals(SKATER);
        int k = skater ? (int) number(body, "k", -1, 2, MAX_K) : 0;
        if (skater && k < 0) {
            throw bad("k", "obligatorio con skater: el número de regiones, de 2 a " + MAX_K);
        }
        if (!skater && body.has("k")) {
            throw bad("k", "max-p no recibe k: forma tantas regiones como el piso permite");
        }
        JsonNode piso = body.get("piso");
        if (piso == null && !skater) {
            throw bad("piso", "obligatorio con max-p: {\"id\": \"poblacion\", \"minimo\": 20000}");
        }
        VariableRequest floor = piso == null ? null : variable(piso, "piso", Set.of("id", "minimo"));
        double minimum = piso == null ? 0 : number(piso, "minimo", -1, 0, 1e15);
        if (piso != null && minimum <= 0) {
            throw bad("piso", "'minimo' es obligatorio y mayor que 0");
        }
        int minSize = (int) number(body, "tamano_minimo", 1, 1, 100);
        Contiguity.Rule rule =
                text(body, "contiguidad", "reina", List.of("reina", "torre")).equals("reina")
                        ? Contiguity.Rule.QUEEN
                        : Contiguity.Rule.ROOK;
        double tolerance = number(body, "distancia_m", communes ? 2000 : 100, 0, MAX_TOLERANCE_M);
        boolean impute = text(body, "faltantes", "rechazar", List.of("rechazar", "media"))
                .equals("media");
        long seed = (long) number(body, "semilla", 1, 0, 1e12);
        int tries = (int) number(body, "intentos", 100, 1, MAX_TRIES);
        return new RegionalizationRequest(
                units,
                scope,
                List.copyOf(variables),
                standardization,
                method,
                k,
                floor,
                minimum,
                minSize,
                rule,
                tolerance,
                impute,
                seed,
                tries);
    }

    boolean skater() {
        return method.equals(SKATER);
    }

    private static VariableRequest variable(JsonNode v, String field, Set<String> own) {
        if (!v.isObject() || !v.has("id") || !v.get("id").isString()) {
            throw bad(field, "cada variable es un objeto con 'id'");
        }
        String id = v.get("id").asString();
        Variable variable = Variable.of(id)
                .orElseThrow(() -> bad(
                        field,
                        "variable desconocida '" + id + "'; válidas: "
                                + java.util.Arrays.stream(Variable.values())
                                        .map(x -> x.id)
                                        .toList()));
        double weight = number(v, "peso", 1, 0, 10);
        if (weight <= 0) {
            throw bad(field, "'peso' debe ser mayor que 0 (hasta 10)");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        v.propertyNames().forEach(name -> {
            if (own.contains(name)) {
                return;
            }
            if (!variable.parameters.contains(name)) {
                throw bad(field, "'" + id + "' no recibe '" + name + "'; recibe " + variable.parameters);
            }
            JsonNode value = v.get(name);
            if (!(value.isString() || value.isNumber()) || value.asString().length() > 100) {
                throw bad(field, "'" + name + "' debe ser un texto o un número");
            }
            parameters.put(
                    name,
                    value.isNumber() && value.canConvertToInt() ? String.valueOf(value.asInt()) : value.asString());
        });
        return new VariableRequest(variable, weight, parameters);
    }

    private static String text(JsonNode body, String name, String fallback, List<String> allowed) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isString() || (allowed != null && !allowed.contains(v.asString()))) {
            throw bad(name, allowed == null ? "debe ser un texto" : "use " + String.join(" o ", allowed));
        }
        return v.asString();
    }

    private static double number(JsonNode body, String name, double fallback, double min, double max) {
        JsonNode v = body.get(name);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max || Double.isNaN(v.asDouble())) {
            throw bad(name, "debe ser un número entre " + format(min) + " y " + format(max));
        }
        return v.asDouble();
    }

    private static String format(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }

    static ApiException bad(String field, String description) {
        return ErrorCode.INVALID_BODY.exception("Campo '" + field + "': " + description);
    }
}
