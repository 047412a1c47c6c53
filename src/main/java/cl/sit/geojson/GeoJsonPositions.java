package cl.sit.geojson;

import tools.jackson.databind.JsonNode;

/**
 * Looks at a GeoJSON geometry as parsed JSON, before it becomes a JTS geometry or reaches the database: counts its
 * positions (vertices), so a huge geometry can be refused cheaply, and finds positions that are not 2 or 3
 * numbers. RFC 7946 allows a third number (altitude), which SIT ignores as it stores 2D; a string, a missing
 * ordinate or a fourth number is an error, never silently dropped or converted.
 */
public final class GeoJsonPositions {

    /** Deepest nesting of a geometry collection inside another. */
    private static final int MAX_COLLECTION_DEPTH = 4;
    /** Deepest nesting of coordinate arrays (a MultiPolygon's: polygons, rings, positions). */
    private static final int MAX_ARRAY_DEPTH = 4;

    /**
     * What was found.
     *
     * @param positions number of positions in the geometry
     * @param problem what is wrong with its coordinates, in Spanish, or null
     */
    public record Scan(long positions, String problem) {}

    private GeoJsonPositions() {}

    /** Scans a GeoJSON geometry object (null or JSON null: no positions, no problem). */
    public static Scan scan(JsonNode geometry) {
        Counter c = new Counter();
        c.geometry(geometry, 0);
        return new Scan(c.positions, c.problem);
    }

    private static final class Counter {

        long positions;
        String problem;

        void geometry(JsonNode g, int depth) {
            if (g == null || !g.isObject()) {
                return;
            }
            JsonNode parts = g.get("geometries");
            if (parts != null && parts.isArray()) {
                if (depth >= MAX_COLLECTION_DEPTH) {
                    problem("colecciones de geometrías anidadas a más de " + MAX_COLLECTION_DEPTH + " niveles");
                    return;
                }
                parts.forEach(p -> geometry(p, depth + 1));
            }
            JsonNode coordinates = g.get("coordinates");
            if (coordinates != null && coordinates.isArray()) {
                coordinates(coordinates, 1);
            }
        }

        void coordinates(JsonNode array, int depth) {
            if (array.isEmpty()) {
                return;
            }
            if (!array.get(0).isArray()) {
                position(array);
                return;
            }
            if (depth >= MAX_ARRAY_DEPTH) {
                problem("coordenadas anidadas a más niveles de los que tiene un multipolígono");
                return;
            }
            for (JsonNode element : array) {
                if (element.isArray()) {
                    coordinates(element, depth + 1);
                } else {
                    problem("se esperaba una lista de posiciones y se recibió " + element);
                }
            }
        }

        void position(JsonNode p) {
            positions++;
            if (problem != null) {
                return;
            }
            if (p.size() < 2 || p.size() > 3) {
                problem("cada posición debe tener 2 números (longitud, latitud) o 3 (con altitud); se recibió "
                        + shortText(p));
                return;
            }
            for (JsonNode ordinate : p) {
                if (!ordinate.isNumber()) {
                    problem("las coordenadas deben ser números, no " + shortText(ordinate) + " en " + shortText(p));
                    return;
                }
            }
        }

        void problem(String text) {
            if (problem == null) {
                problem = "Coordenadas no válidas: " + text;
            }
        }

        private static String shortText(JsonNode node) {
            String text = node.toString();
            return text.length() > 80 ? text.substring(0, 80) + "…" : text;
        }
    }
}
