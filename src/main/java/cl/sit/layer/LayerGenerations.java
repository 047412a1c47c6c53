package cl.sit.layer;

import cl.sit.storage.SqlFiles;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The data generation of each layer (table {@code layer_generation}): a counter that every change to a layer's
 * features, or to who may see them, raises in the writer's own transaction. HTTP validators are derived from it,
 * so a conditional GET costs one primary-key lookup and no feature query.
 *
 * <p>It lives in the database, not in memory, because SIT is stateless: every instance (and every streaming
 * replica) sees the same generation as the data it reads. A reader reads the generation before the features, so
 * the data it serves are never older than the generation it names.
 */
@Component
public class LayerGenerations {

    /** A layer's generation: the counter and when it last moved (unique to this database). */
    public record Generation(long number, OffsetDateTime changedAt) {

        /** The generation of a layer that has no row yet (never changed since the table was created). */
        public static final Generation NONE = new Generation(0, null);

        /** The generation as a token for validators. */
        public String token() {
            return number + "@"
                    + (changedAt == null ? "-" : changedAt.toInstant().toEpochMilli());
        }
    }

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    LayerGenerations(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    public Generation of(String layerId) {
        List<Generation> g = jdbc.query(
                sql.get(LayerGenerations.class, "select-generation"),
                (rs, i) -> new Generation(rs.getLong(1), rs.getObject(2, OffsetDateTime.class)),
                layerId);
        return g.isEmpty() ? Generation.NONE : g.get(0);
    }

    /** Every layer's generation, by layer id. */
    public Map<String, Generation> all() {
        Map<String, Generation> out = new HashMap<>();
        jdbc.query(sql.get(LayerGenerations.class, "select-generations"), rs -> {
            out.put(rs.getString(1), new Generation(rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
        });
        return out;
    }

    /**
     * Raises the generation of {@code layerId}. Inside a transaction the update runs just before it commits (once
     * per layer, layers in id order), so the row is locked only while committing and a rollback undoes it too;
     * outside one it runs at once.
     */
    public void bump(String layerId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(layerId);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<String> pending = (Set<String>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<String> layers = new TreeSet<>();
            TransactionSynchronizationManager.bindResource(this, layers);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    layers.forEach(LayerGenerations.this::write);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(LayerGenerations.this);
                }
            });
            pending = layers;
        }
        pending.add(layerId);
    }

    /** Raises every registered layer's generation (after a seed changed the reference data). */
    public void bumpAll(LayerRegistry registry) {
        registry.all().forEach(l -> bump(l.id()));
    }

    private void write(String layerId) {
        OffsetDateTime now = OffsetDateTime.now();
        if (jdbc.update(sql.get(LayerGenerations.class, "update-generation"), now, layerId) == 0) {
            jdbc.update(sql.get(LayerGenerations.class, "insert-generation"), layerId, now);
        }
    }
}
