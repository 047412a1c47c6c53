package cl.sit.regionalization;

import static cl.sit.system.CsvDownload.column;

import cl.sit.geojson.GeoJsonWriter;
import cl.sit.layer.Feature;
import cl.sit.system.CsvDownload;
import cl.sit.system.ErrorCode;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;

/** A result as CSV (one row per unit, with its region and values) and as GeoJSON (one feature per region). */
@Component
class RegionalizationDownloads {

    /** The largest simplification tolerance for maps, in degrees (about 1 km). */
    static final double MAX_TOLERANCE = 0.01;

    private final ObjectMapper json;

    RegionalizationDownloads(ObjectMapper json) {
        this.json = json;
    }

    ResponseEntity<String> csv(RegionalizationDocument doc, String form) {
        List<CsvDownload.Column> header = new ArrayList<>(List.of(
                column("codigo", "Código"),
                column("nombre", "Nombre"),
                column("region", "Región"),
                column("nombre_region", "Nombre de la región")));
        doc.variables()
                .forEach(v -> header.add(
                        column(v.clave(), v.nombre() + (v.medida().isEmpty() ? "" : " (" + v.medida() + ")"))));
        List<List<Object>> rows = new ArrayList<>();
        for (RegionalizationDocument.UnitRow u : doc.asignacion()) {
            List<Object> cells = new ArrayList<>(List.of(
                    u.codigo(),
                    u.nombre(),
                    u.region(),
                    doc.regiones().get(u.region() - 1).nombre()));
            doc.variables()
                    .forEach(v -> cells.add(CsvDownload.decimal(u.valores().get(v.clave()), 4)));
            rows.add(cells);
        }
        return CsvDownload.attachment(
                "regionalizacion-" + doc.id() + ".csv", CsvDownload.write(CsvDownload.Form.of(form), header, rows));
    }

    ResponseEntity<String> geoJson(RegionalizationDocument doc, List<Geometry> shapes, double tolerance) {
        if (tolerance < 0 || tolerance > MAX_TOLERANCE) {
            throw ErrorCode.INVALID_PARAMETER_VALUE.exception(
                    "Parámetro 'simplificar': grados entre 0 y " + MAX_TOLERANCE);
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("type", "FeatureCollection");
            g.writeName("features");
            g.writeStartArray();
            for (RegionalizationDocument.Region r : doc.regiones()) {
                Geometry shape = shapes.get(r.numero() - 1);
                Geometry drawn = tolerance > 0 ? TopologyPreservingSimplifier.simplify(shape, tolerance) : shape;
                GeoJsonWriter.writeFeature(g, new Feature(r.numero(), properties(doc, r), drawn));
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .header("Content-Disposition", "inline; filename=\"regionalizacion-" + doc.id() + ".geojson\"")
                .body(out.toString());
    }

    private static Map<String, Object> properties(RegionalizationDocument doc, RegionalizationDocument.Region r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("numero", r.numero());
        p.put("nombre", r.nombre());
        p.put("cantidad", r.cantidad());
        p.put("unidades", String.join(",", r.unidades()));
        p.put("nombres_unidades", String.join(", ", r.nombresUnidades()));
        p.put("area_km2", r.areaKm2());
        p.put("polsby_popper", r.polsbyPopper());
        p.put("ss_dentro", r.ssDentro());
        if (r.piso() != null) {
            p.put("piso", r.piso());
        }
        doc.variables().forEach(v -> p.put(v.clave(), r.medias().get(v.clave())));
        return p;
    }
}
