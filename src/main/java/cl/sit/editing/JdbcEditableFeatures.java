package cl.sit.editing;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.storage.Wkb;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * {@link EditableFeatures} on JDBC. Statements are built from the registry's checked names (quoted); every value
 * is a bound parameter. Reads go through the layer's {@link FeatureStore}.
 */
@Component
class JdbcEditableFeatures implements EditableFeatures {

    private final JdbcTemplate jdbc;
    private final FeatureStore store;

    JdbcEditableFeatures(JdbcTemplate jdbc, FeatureStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    @Override
    public Optional<StoredFeature> find(Layer layer, long id) {
        return store.findById(layer, Long.toString(id)).map(f -> StoredFeature.of(layer, f));
    }

    @Override
    public long insert(
            Layer layer,
            Long id,
            String cut,
            int version,
            boolean illustrative,
            Map<String, Object> values,
            Geometry geometry) {
        List<String> columns = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (id != null) {
            columns.add(quote("id"));
            params.add(id);
        }
        columns.add(quote(Layer.OWNER_COLUMN));
        params.add(cut);
        columns.add(quote(Layer.VERSION_COLUMN));
        params.add(version);
        columns.add(quote(Layer.ILLUSTRATIVE_COLUMN));
        params.add(illustrative);
        for (Map.Entry<String, Object> v : values.entrySet()) {
            columns.add(quote(v.getKey()));
            params.add(v.getValue());
        }
        String sql = "INSERT INTO " + quote(layer.table()) + " (" + String.join(", ", columns) + ", "
                + quote(Layer.GEOMETRY_COLUMN) + ") VALUES (" + "?, ".repeat(columns.size())
                + "ST_GeomFromWKB(?, 4326))";
        params.add(Wkb.write(geometry));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement ps = connection.prepareStatement(sql, new String[] {"id"});
                    for (int i = 0; i < params.size(); i++) {
                        ps.setObject(i + 1, params.get(i));
                    }
                    return ps;
                },
                keys);
        return id != null ? id : keys.getKeyAs(Number.class).longValue();
    }

    @Override
    public boolean update(
            Layer layer, long id, int expectedVersion, int newVersion, Map<String, Object> values, Geometry geometry) {
        StringBuilder sql =
                new StringBuilder("UPDATE ").append(quote(layer.table())).append(" SET ");
        List<Object> params = new ArrayList<>();
        for (Map.Entry<String, Object> v : values.entrySet()) {
            sql.append(quote(v.getKey())).append(" = ?, ");
            params.add(v.getValue());
        }
        sql.append(quote(Layer.GEOMETRY_COLUMN))
                .append(" = ST_GeomFromWKB(?, 4326), ")
                .append(quote(Layer.VERSION_COLUMN))
                .append(" = ? WHERE ")
                .append(quote("id"))
                .append(" = ? AND ")
                .append(quote(Layer.VERSION_COLUMN))
                .append(" = ?");
        params.add(Wkb.write(geometry));
        params.add(newVersion);
        params.add(id);
        params.add(expectedVersion);
        return jdbc.update(sql.toString(), params.toArray()) == 1;
    }

    @Override
    public boolean delete(Layer layer, long id, int expectedVersion) {
        return jdbc.update(
                        "DELETE FROM " + quote(layer.table()) + " WHERE " + quote("id") + " = ? AND "
                                + quote(Layer.VERSION_COLUMN) + " = ?",
                        id,
                        expectedVersion)
                == 1;
    }
}
