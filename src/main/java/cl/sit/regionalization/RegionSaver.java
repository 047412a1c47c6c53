package cl.sit.regionalization;

import cl.sit.geojson.GeoJsonWriter;
import cl.sit.system.ErrorCode;
import cl.sit.territory.CustomTerritories;
import cl.sit.territory.CustomTerritory;
import cl.sit.territory.CustomTerritoryRequest;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Saves the regions of a result as custom territories, all or none, one name per region: a region of communes as a
 * territory of those communes; a region of census zones as a drawn territory with the region's dissolved polygon.
 * The territories then work like any other in indicators, profiles, screening, overlaps and exports.
 */
@Component
class RegionSaver implements RegionalizationData.Territories {

    private final RegionalizationStore store;
    private final RegionGeometries geometries;
    private final CustomTerritories territories;
    private final ObjectMapper json;

    RegionSaver(
            RegionalizationStore store, RegionGeometries geometries, CustomTerritories territories, ObjectMapper json) {
        this.store = store;
        this.geometries = geometries;
        this.territories = territories;
        this.json = json;
    }

    @Transactional
    @Override
    public List<CustomTerritory> save(String id, JsonNode body, String user) {
        RegionalizationDocument doc = store.find(id).orElseThrow(() -> RegionalizationController.notFound(id));
        JsonNode names = body == null ? null : body.get("nombres");
        if (body == null
                || !body.isObject()
                || body.size() != 1
                || names == null
                || !names.isArray()
                || names.size() != doc.regiones().size()) {
            throw ErrorCode.INVALID_BODY.exception("Se espera {\"nombres\": [...]} con un nombre por región ("
                    + doc.regiones().size() + ")");
        }
        Set<String> seen = new HashSet<>();
        for (JsonNode n : names) {
            if (!n.isString()
                    || n.asString().isBlank()
                    || n.asString().length() > 200
                    || !seen.add(n.asString().strip())) {
                throw ErrorCode.INVALID_BODY.exception(
                        "Cada región necesita un nombre propio, distinto de los demás, de hasta 200 caracteres");
            }
        }
        List<Geometry> shapes = doc.unidades().tipo().equals(UnitSet.COMMUNES) ? null : geometries.of(doc);
        List<CustomTerritory> created = new ArrayList<>();
        for (RegionalizationDocument.Region r : doc.regiones()) {
            String name = names.get(r.numero() - 1).asString().strip();
            String description = "Territorio homogéneo: región " + r.numero() + " de "
                    + doc.regiones().size()
                    + " (" + doc.metodo() + ", "
                    + doc.variables().stream().map(v -> v.nombre()).toList()
                    + "; regionalización " + id + ")";
            CustomTerritoryRequest request = shapes == null
                    ? new CustomTerritoryRequest(null, name, description, r.unidades(), null)
                    : new CustomTerritoryRequest(null, name, description, null, geoJson(shapes.get(r.numero() - 1)));
            created.add(territories.create(request, user));
        }
        return created;
    }

    private JsonNode geoJson(Geometry g) {
        StringWriter out = new StringWriter();
        try (JsonGenerator gen = json.createGenerator(out)) {
            GeoJsonWriter.writeGeometry(gen, g);
        }
        return json.readTree(out.toString());
    }
}
