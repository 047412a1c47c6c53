package cl.sit.agenda21;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.Layer;
import cl.sit.storage.SqlFiles;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * {@link CompletenessStore} on JDBC, the same SQL on H2GIS and PostGIS. The layer table name comes from the
 * registry and is quoted; every value is bound. Times are returned in UTC so both databases answer alike.
 */
@Component
public class JdbcCompletenessStore implements CompletenessStore {

    private static final RowMapper<Unit> UNIT = (rs, i) -> new Unit(rs.getString(1), rs.getString(2));

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    JdbcCompletenessStore(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public Optional<Unit> region(String cut) {
        return jdbc.query(sql.get(JdbcCompletenessStore.class, "select-region"), UNIT, cut).stream()
                .findFirst();
    }

    @Override
    public Optional<Unit> commune(String cut) {
        return jdbc.query(sql.get(JdbcCompletenessStore.class, "select-commune"), UNIT, cut).stream()
                .findFirst();
    }

    @Override
    public List<Unit> communes(String region) {
        return jdbc.query(sql.get(JdbcCompletenessStore.class, "select-region-communes"), UNIT, region);
    }

    @Override
    public Map<String, Long> featureCounts(Layer layer, String cutPrefix) {
        String statement =
                sql.get(JdbcCompletenessStore.class, "count-features").replace("{table}", quote(layer.table()));
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(
                statement,
                rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                },
                cutPrefix + "%");
        return counts;
    }

    @Override
    public List<Edits> edits(String packageName, String cutPrefix) {
        return jdbc.query(
                sql.get(JdbcCompletenessStore.class, "select-edits"),
                (rs, i) -> new Edits(
                        rs.getString("layer_id"),
                        rs.getString("cut"),
                        rs.getInt("edits"),
                        rs.getInt("edits_since_status"),
                        utc(rs.getObject("changed_at", OffsetDateTime.class)),
                        rs.getString("username")),
                packageName,
                cutPrefix + "%");
    }

    public static OffsetDateTime utc(OffsetDateTime t) {
        return t == null ? null : t.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
