package cl.sit.layer;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link FeatureStore} on JDBC, the same code for H2GIS and PostGIS. A page is streamed: its rows are fetched in
 * batches of {@value #FETCH_SIZE} inside a read-only transaction (PostgreSQL honours a fetch size only outside
 * auto-commit), so the database produces rows while the previous batch is being written to the client, and a
 * page of 10 000 features is never held in memory.
 */
@Component
class JdbcFeatureStore implements FeatureStore {

    static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final SqlFiles sql;
    private final KeptExtents extents;

    JdbcFeatureStore(JdbcTemplate jdbc, SqlFiles sql, PlatformTransactionManager transactions, KeptExtents extents) {
        this.extents = extents;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH_SIZE);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.sql = sql;
    }

    @Override
    public long count(Layer layer, FeatureQuery query) {
        FeatureSql.Statement s = FeatureSql.count(layer, query);
        Long n = jdbc.queryForObject(s.sql(), Long.class, s.parameters().toArray());
        return n == null ? 0 : n;
    }

    @Override
    public int forEach(Layer layer, FeatureQuery query, Consumer<Feature> sink) {
        FeatureSql.Statement s = FeatureSql.select(layer, query);
        int[] sent = {0};
        AttributeType idType = layer.idType();
        readOnly.executeWithoutResult(tx -> streaming.query(
                s.sql(),
                rs -> {
                    sink.accept(feature(layer, idType, rs));
                    sent[0]++;
                },
                s.parameters().toArray()));
        return sent[0];
    }

    @Override
    public Optional<Feature> findById(Layer layer, String id) {
        Object typedId;
        try {
            typedId = layer.idType().parse(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        FeatureSql.Statement s = FeatureSql.byId(layer, typedId);
        AttributeType idType = layer.idType();
        List<Feature> found = jdbc.query(
                s.sql(), (rs, i) -> feature(layer, idType, rs), s.parameters().toArray());
        return found.stream().findFirst();
    }

    @Override
    public Optional<Envelope> extent(Layer layer, Set<String> owners) {
        return extents.extent(layer, owners, () -> computeExtent(layer, owners));
    }

    private Optional<Envelope> computeExtent(Layer layer, Set<String> owners) {
        String template = sql.get(JdbcFeatureStore.class, "extent")
                .replace("{table}", quote(layer.table()))
                .replace("{geom}", quote(Layer.GEOMETRY_COLUMN));
        FeatureSql.Statement s = FeatureSql.filtered(layer, template, new FeatureQuery(null, Map.of(), owners, 1, 0));
        List<Envelope> boxes = jdbc.query(
                s.sql(),
                (rs, i) -> {
                    double minX = rs.getDouble(1);
                    return rs.wasNull() ? null : new Envelope(minX, rs.getDouble(3), rs.getDouble(2), rs.getDouble(4));
                },
                s.parameters().toArray());
        return boxes.stream().filter(b -> b != null).findFirst();
    }

    @Override
    public boolean anyIllustrative(Layer layer) {
        if (layer.illustrative()) {
            return true;
        }
        if (layer.attribute(Layer.ILLUSTRATIVE_COLUMN).isEmpty()) {
            return false;
        }
        String statement = sql.get(JdbcFeatureStore.class, "any-illustrative")
                .replace("{table}", quote(layer.table()))
                .replace("{column}", quote(Layer.ILLUSTRATIVE_COLUMN));
        Integer n = jdbc.queryForObject(statement, Integer.class);
        return n != null && n > 0;
    }

    /** Columns as laid out by {@link FeatureSql}: id, attributes, WKB geometry. */
    private static Feature feature(Layer layer, AttributeType idType, ResultSet rs) throws SQLException {
        Object id = idType.read(rs, 1);
        // Sized so that it never grows (load factor 0.75).
        Map<String, Object> properties = new LinkedHashMap<>(layer.attributes().size() * 4 / 3 + 1);
        int column = 2;
        for (LayerAttribute a : layer.attributes()) {
            properties.put(a.name(), a.type().read(rs, column++));
        }
        return new Feature(id, properties, Wkb.read(rs.getBytes(column)));
    }
}
