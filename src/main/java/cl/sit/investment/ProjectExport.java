package cl.sit.investment;

import cl.sit.geojson.GeoJsonWriter;
import cl.sit.layer.Feature;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.CsvDownload;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes filtered projects as CSV ({@link CsvDownload}, geometry as WKT) or as a GeoJSON feature collection. Each
 * project lists its commune shares ({@code comunas}, "cut:share" of the whole project) and its share outside every
 * commune ({@code fuera_de_comunas}), which is given to no commune; together they sum to 1.
 */
@Component
class ProjectExport implements ProjectFiles {

    /** Filters: each null means "any". Years select projects whose span overlaps [from, to]. */
    record Filter(String programme, String sector, String stage, String commune, Integer from, Integer to) {}

    /** One project: its attribute columns (CSV order, without the geometry) and its geometry. */
    private record Row(Map<String, Object> columns, Geometry geometry) {}

    static final List<String> ATTRIBUTES = List.of(
            "codigo_bip",
            "nombre",
            "programa",
            "fuente_financiamiento",
            "sector",
            "etapa",
            "estado",
            "institucion",
            "eje_estrategico",
            "costo_total_clp",
            "anio_inicio",
            "anio_fin",
            "comuna_declarada");

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final JsonMapper json;

    ProjectExport(JdbcTemplate jdbc, SqlFiles sql, JsonMapper json) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.json = json;
    }

    /**
     * The projects as CSV in the {@code form} asked for. Its columns keep the import's names in both forms (a
     * spreadsheet edited and saved again imports as it is, in update mode).
     */
    @Override
    public void csv(Filter f, CsvDownload.Form form, OutputStream out) {
        List<String> header = new java.util.ArrayList<>(List.of("id"));
        header.addAll(ATTRIBUTES);
        header.addAll(List.of("comunas", "fuera_de_comunas", "ilustrativo", "fuente_datos", "wkt"));
        try (CsvDownload.Printer printer = CsvDownload.printer(
                form,
                header.stream().map(name -> CsvDownload.column(name, name)).toList(),
                out)) {
            forEach(f, row -> {
                List<Object> cells = new java.util.ArrayList<>(row.columns().values());
                cells.add(row.geometry().toText());
                printer.row(cells);
            });
        }
    }

    @Override
    public void geojson(Filter f, OutputStream out) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("type", "FeatureCollection");
            g.writeName("features");
            g.writeStartArray();
            forEach(f, row -> {
                Map<String, Object> properties = new LinkedHashMap<>(row.columns());
                Object id = properties.remove("id");
                GeoJsonWriter.writeFeature(g, new Feature(id, properties, row.geometry()));
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private void forEach(Filter f, Consumer<Row> sink) {
        Map<Integer, String> communes = new HashMap<>();
        jdbc.query(sql.get(ProjectExport.class, "select-export-links"), rs -> {
            communes.merge(
                    rs.getInt(1),
                    String.format(Locale.ROOT, "%s:%.4f", rs.getString(2), rs.getDouble(3)),
                    (a, b) -> a + " " + b);
        });
        jdbc.query(
                sql.get(ProjectExport.class, "select-export"),
                rs -> {
                    Map<String, Object> columns = new LinkedHashMap<>();
                    int id = rs.getInt("id");
                    columns.put("id", id);
                    for (String c : ATTRIBUTES) {
                        columns.put(c, rs.getObject(c));
                    }
                    columns.put("comunas", communes.get(id));
                    double outside = rs.getDouble("parte_sin_comuna");
                    columns.put("fuera_de_comunas", rs.wasNull() ? null : Math.round(outside * 10_000) / 10_000.0);
                    columns.put("ilustrativo", rs.getBoolean("ilustrativo"));
                    columns.put("fuente_datos", rs.getString("fuente_datos"));
                    sink.accept(new Row(columns, Wkb.read(rs.getBytes("wkb"))));
                },
                f.programme(),
                f.programme(),
                f.sector(),
                f.sector(),
                f.stage(),
                f.stage(),
                f.commune(),
                f.commune(),
                f.from() == null ? 0 : f.from(),
                f.to() == null ? 9999 : f.to());
    }
}
