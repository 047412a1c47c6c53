package cl.sit.seed;

import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.storage.SqlFiles;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A data set that is one GeoJSON file inserted row by row with one SQL file. Subclasses say which file and
 * statement, and turn a feature into the statement's parameters.
 */
public abstract class GeoJsonSeed implements SeedDataset {

    private final SqlFiles sql;
    private final String file;
    private final String statement;

    protected GeoJsonSeed(SqlFiles sql, String file, String statement) {
        this.sql = sql;
        this.file = file;
        this.statement = statement;
    }

    /** The statement's parameters for one feature, in order. */
    protected abstract Object[] row(SourceFeature feature);

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Object[]> rows = SeedFiles.features(file).stream().map(this::row).toList();
        jdbc.batchUpdate(sql.get(getClass(), statement), rows);
        return rows.size();
    }

    /** A property as text, or null when absent. */
    protected static String text(SourceFeature f, String name) {
        Object v = f.properties().get(name);
        return v == null ? null : v.toString();
    }

    /** A numeric property, or null when absent. */
    protected static Double number(SourceFeature f, String name) {
        Object v = f.properties().get(name);
        return v == null ? null : ((Number) v).doubleValue();
    }
}
