package cl.sit.territory;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Body of {@code POST /api/territories}: a name and either a list of commune CUT codes or a drawn GeoJSON
 * (Multi)Polygon in CRS84.
 *
 * @param codigo optional code (lower-case letters, digits and dashes); made from the name when absent
 * @param nombre name, required
 * @param descripcion optional description
 * @param comunas CUT codes of the communes, or null
 * @param geometria GeoJSON geometry, or null
 */
public record CustomTerritoryRequest(
        String codigo, String nombre, String descripcion, List<String> comunas, JsonNode geometria) {}
