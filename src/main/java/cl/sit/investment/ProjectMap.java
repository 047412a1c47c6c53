package cl.sit.investment;

import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.storage.SqlFiles;
import cl.sit.tiles.TileOptions;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the map's investment layer asks the database besides its tiles: counts under a filter, the values of the
 * filter form, the projects near a click and a search by name or BIP code. Each is one bounded statement; the form
 * and the unfiltered count are kept per generation of the projects' layer.
 */
@Component
class ProjectMap implements ProjectMapData {

    /** The text columns the filter form offers, in its order. */
    static final List<String> FORM_FIELDS = List.of("programa", "sector", "etapa");

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerGenerations generations;
    /** The form and the unfiltered count, as of a generation of the projects' layer (each read every project). */
    private volatile Kept<Form> form;

    private volatile Kept<Count> everything;

    private record Kept<T>(Generation generation, T value) {}

    ProjectMap(JdbcTemplate jdbc, SqlFiles sql, LayerGenerations generations) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.generations = generations;
    }

    /** How many projects the filter shows. */
    record Count(
            long total,
            @JsonProperty("mostrados") long shown,
            @JsonProperty("puntos") long points,
            @JsonProperty("otros") long others) {}

    /** One value of a form field and its number of projects. */
    record Value(
            @JsonProperty("valor") String value,
            @JsonProperty("cantidad") long count) {}

    /** The filter form: every project, the years they span and each field's values (by name). */
    record Form(
            long total,
            @JsonProperty("primer_anio") Integer firstYear,
            @JsonProperty("ultimo_anio") Integer lastYear,
            @JsonProperty("valores") Map<String, List<Value>> values) {}

    /** A project near a click or found by a search; {@code bbox} (west, south, east, north) only for searches. */
    record Found(
            int id,
            String nombre,
            @JsonProperty("codigo_bip") String codigoBip,
            String programa,
            double[] bbox) {}

    /**
     * The count under a filter. Without one it reads every project (1.8 s on H2 at 1,000,000 projects), so it is
     * kept until the projects' layer changes generation (every write raises it, in the database, so instances
     * sharing it agree).
     */
    @Override
    public Count count(TileOptions filter) {
        if (filter.filters()) {
            return counted(filter);
        }
        everything = current(everything, () -> counted(filter));
        return everything.value();
    }

    private Count counted(TileOptions filter) {
        List<Object> params = new ArrayList<>();
        String statement = sql.get(ProjectMap.class, "map-count").replace("{filter}", filter.sql(params));
        long[] shown =
                jdbc.queryForObject(statement, (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, params.toArray());
        long total = filter.filters()
                ? jdbc.queryForObject(sql.get(ProjectMap.class, "map-total"), (rs, i) -> rs.getLong(1))
                : shown[0];
        return new Count(total, shown[0], shown[1], shown[0] - shown[1]);
    }

    /** The filter form, kept like the unfiltered count (four reads of every project: 6 s on H2 at 1,000,000). */
    @Override
    public Form form() {
        form = current(form, this::read);
        return form.value();
    }

    /** {@code kept} while the projects' layer is at its generation, else {@code compute} at the current one. */
    private <T> Kept<T> current(Kept<T> kept, Supplier<T> compute) {
        Generation now = generations.of(InvestmentWriter.LAYER_ID);
        return kept != null && kept.generation().equals(now) ? kept : new Kept<>(now, compute.get());
    }

    private Form read() {
        Form form = jdbc.queryForObject(
                sql.get(ProjectMap.class, "map-total"),
                (rs, i) -> new Form(
                        rs.getLong(1),
                        (Integer) rs.getObject(2, Integer.class),
                        (Integer) rs.getObject(3, Integer.class),
                        null));
        Map<String, List<Value>> values = new LinkedHashMap<>();
        for (String field : FORM_FIELDS) {
            values.put(
                    field,
                    jdbc.query(
                            sql.get(ProjectMap.class, "map-values").replace("{column}", field),
                            (rs, i) -> new Value(rs.getString(1), rs.getLong(2))));
        }
        return new Form(form.total(), form.firstYear(), form.lastYear(), values);
    }

    /**
     * The projects meeting a box of {@code tolerancePx} pixels around a point of a Web Mercator map at
     * {@code zoom} (256 pixel tiles), nearest first.
     */
    @Override
    public List<Found> at(double lon, double lat, double zoom, double tolerancePx, TileOptions filter, int limit) {
        double dLon = tolerancePx * 360 / (256 * Math.pow(2, zoom));
        double dLat = dLon * Math.cos(Math.toRadians(lat));
        List<Object> params = new ArrayList<>(List.of(lon, lat));
        List<Object> box = List.of(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
        params.addAll(box);
        params.addAll(box);
        String statement = sql.get(ProjectMap.class, "map-at").replace("{filter}", filter.sql(params));
        params.add(limit);
        return jdbc.query(
                statement,
                (rs, i) -> new Found(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), null),
                params.toArray());
    }

    /**
     * Projects whose BIP code is {@code q} or starts with it, then those whose name contains it (any case/accent).
     * A code that exists answers with the codes it begins alone, from the code index: looking at every name took
     * 1.8 s on H2 at 1,000,000 projects.
     */
    @Override
    public List<Found> search(String q, int limit) {
        String code = q.strip();
        String prefix = escapeLike(code) + "%";
        List<Found> byCode = jdbc.query(sql.get(ProjectMap.class, "map-search-code"), ProjectMap::found, prefix, limit);
        if (!byCode.isEmpty() && byCode.get(0).codigoBip().equals(code)) {
            return byCode;
        }
        String name = "%" + escapeLike(folded(q)) + "%";
        return jdbc.query(
                sql.get(ProjectMap.class, "map-search"), ProjectMap::found, code, prefix, code, prefix, name, limit);
    }

    private static Found found(ResultSet rs, int row) throws SQLException {
        return new Found(rs.getInt(1), rs.getString(3), rs.getString(2), rs.getString(4), new double[] {
            rs.getDouble(5), rs.getDouble(6), rs.getDouble(7), rs.getDouble(8)
        });
    }

    /** Lower case without accents, as the search statement folds names (á→a, ñ→n, ü→u). */
    static String folded(String text) {
        return Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
