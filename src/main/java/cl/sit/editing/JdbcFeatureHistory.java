package cl.sit.editing;

import cl.sit.storage.SqlFiles;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** {@link FeatureHistory} in the {@code feature_history} table. */
@Component
class JdbcFeatureHistory implements FeatureHistory {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    JdbcFeatureHistory(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public void append(HistoryEntry e) {
        jdbc.update(
                sql.get(JdbcFeatureHistory.class, "insert-history"),
                e.layerId(),
                e.featureId(),
                e.version(),
                e.operation(),
                e.cut(),
                e.before(),
                e.after(),
                e.username(),
                e.changedAt(),
                e.reason());
    }

    @Override
    public List<HistoryEntry> of(String layerId, long featureId) {
        return jdbc.query(
                sql.get(JdbcFeatureHistory.class, "select-history"), JdbcFeatureHistory::entry, layerId, featureId);
    }

    @Override
    public Optional<HistoryEntry> latest(String layerId, long featureId) {
        return jdbc
                .query(
                        sql.get(JdbcFeatureHistory.class, "select-latest"),
                        JdbcFeatureHistory::entry,
                        layerId,
                        featureId,
                        layerId,
                        featureId)
                .stream()
                .findFirst();
    }

    @Override
    public List<String> snapshotsAt(String layerId, OffsetDateTime asOf) {
        return jdbc.queryForList(
                sql.get(JdbcFeatureHistory.class, "select-snapshots-at"), String.class, layerId, asOf, asOf);
    }

    private static HistoryEntry entry(ResultSet rs, int row) throws SQLException {
        return new HistoryEntry(
                rs.getString("layer_id"),
                rs.getLong("feature_id"),
                rs.getInt("version"),
                rs.getString("operation"),
                rs.getString("cut"),
                rs.getString("before_json"),
                rs.getString("after_json"),
                rs.getString("username"),
                rs.getObject("changed_at", OffsetDateTime.class),
                rs.getString("reason"));
    }
}
