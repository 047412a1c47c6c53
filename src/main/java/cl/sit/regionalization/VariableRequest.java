package cl.sit.regionalization;

import java.util.Map;

/**
 * One variable asked for: which, its weight, and its parameters as given (checked by {@link VariableValues}).
 *
 * @param weight greater than 0, at most 10
 */
record VariableRequest(Variable variable, double weight, Map<String, String> parameters) {

    VariableRequest {
        parameters = Map.copyOf(parameters);
    }

    String parameter(String name) {
        return parameters.get(name);
    }

    int year(String name, int fallback, int min, int max) {
        String text = parameters.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int year = Integer.parseInt(text);
            if (year >= min && year <= max) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw RegionalizationRequest.bad(
                "variables", "'" + name + "' de '" + variable.id + "' debe ser un año entre " + min + " y " + max);
    }
}
