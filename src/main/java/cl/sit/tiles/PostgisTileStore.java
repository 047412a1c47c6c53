package cl.sit.tiles;

import static cl.sit.storage.Identifiers.quote;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.storage.SqlFiles;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link TileStore} on PostGIS: one statement, {@code ST_AsMVT} over {@code ST_AsMVTGeom}
 * ({@code tile.postgresql.sql}). Candidates are selected with the buffered tile box in EPSG:4326 (bound values,
 * computed by {@link TileCoordinates}) so the spatial index on {@code geom} is used; their stored Web Mercator
 * copy ({@value #MERCATOR_COLUMN}) is what is encoded. The same statement reads the layer's generation, so a tile
 * costs one round trip.
 *
 * <p>On small machines a parallel plan made a tile about 20 times slower. When the database is not already set to
 * {@code max_parallel_workers_per_gather = 0} (asked once, on the first tile; a later change of that setting is
 * seen after a restart), each tile runs in a read-only transaction that sets it first ({@code SET LOCAL}, so only
 * that transaction is affected).
 */
final class PostgisTileStore implements TileStore {

    /** The Web Mercator copy of the geometry every PostGIS layer table keeps (V8__web_mercator_copy.sql). */
    static final String MERCATOR_COLUMN = "geom_3857";

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerGenerations generations;
    private final TransactionTemplate readOnly;
    /** Whether the database already runs without parallel plans; asked once, on the first tile. */
    private volatile Boolean serialByDefault;

    PostgisTileStore(
            JdbcTemplate jdbc, SqlFiles sql, LayerGenerations generations, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.generations = generations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options) {
        if (owners != null && owners.isEmpty()) {
            return new Rendered(new byte[0], generations.of(layer.id()));
        }
        if (options.compact()) {
            return run(compact(layer, tile, owners, options));
        }
        boolean featureId = TileSchema.idIsFeatureId(layer);
        List<Object> params = new ArrayList<>(List.of(layer.id()));
        if (featureId) {
            params.add(layer.idColumn());
        }
        params.addAll(List.of(tile.z(), tile.x(), tile.y()));
        String conditions = TileCandidates.conditions(layer, tile, owners, options, params);
        params.add(layer.id());
        String statement = sql.get(PostgisTileStore.class, "tile")
                .replace("{featureId}", featureId ? ", ?" : "")
                .replace("{columns}", columns(layer))
                .replace("{table}", quote(layer.table()))
                .replace("{geom}", quote(Layer.GEOMETRY_COLUMN))
                .replace("{geom3857}", quote(MERCATOR_COLUMN))
                .replace("{owners}", conditions);
        return run(new Statement(statement, params));
    }

    private record Statement(String sql, List<Object> params) {}

    /**
     * The compact tile of a map (tile-compact.postgresql.sql): points and small paths per pixel cell with a count,
     * larger paths by id.
     */
    private Statement compact(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options) {
        List<Object> scan = new ArrayList<>();
        String conditions = TileCandidates.conditions(layer, tile, owners, options, scan);
        double dot = TileOptions.DOT * tile.metresPerUnit();
        scan.subList(scan.size() - 2, scan.size()).clear(); // no smallest size: small paths become dots
        scan.addAll(List.of(dot, dot));
        List<Object> params = new ArrayList<>(List.of(tile.z(), tile.x(), tile.y(), layer.id()));
        params.addAll(scan);
        params.addAll(scan);
        params.add(layer.id());
        String statement = sql.get(PostgisTileStore.class, "tile-compact")
                .replace("{id}", quote(layer.idColumn()))
                .replace("{table}", quote(layer.table()))
                .replace("{geom}", quote(Layer.GEOMETRY_COLUMN))
                .replace("{geom3857}", quote(MERCATOR_COLUMN))
                .replace("{owners}", conditions);
        return new Statement(statement, params);
    }

    private Rendered run(Statement s) {
        if (serialByDefault()) {
            return read(s.sql(), s.params());
        }
        return readOnly.execute(status -> {
            jdbc.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            return read(s.sql(), s.params());
        });
    }

    private Rendered read(String statement, List<Object> params) {
        return jdbc.queryForObject(
                statement,
                (rs, i) -> {
                    long number = rs.getLong(1);
                    Generation generation = rs.wasNull()
                            ? Generation.NONE
                            : new Generation(number, rs.getObject(2, OffsetDateTime.class));
                    byte[] mvt = rs.getBytes(3);
                    return new Rendered(mvt == null ? new byte[0] : mvt, generation);
                },
                params.toArray());
    }

    /**
     * True when the database (or the role) is already set to {@code max_parallel_workers_per_gather = 0}, as the
     * README asks for small machines: tiles then run as one statement, without the transaction around
     * {@code SET LOCAL} (three round trips fewer).
     */
    private boolean serialByDefault() {
        Boolean serial = serialByDefault;
        if (serial == null) {
            serial = "0".equals(jdbc.queryForObject("SHOW max_parallel_workers_per_gather", String.class));
            serialByDefault = serial;
        }
        return serial;
    }

    /** The id column when it becomes the feature id or a text property, then every attribute (dates as text). */
    private static String columns(Layer layer) {
        StringBuilder sb = new StringBuilder();
        if (TileSchema.idIsFeatureId(layer)) {
            sb.append(", ").append(quote(layer.idColumn()));
        } else if (TileSchema.idIsExtraProperty(layer)) {
            sb.append(", ").append(quote(layer.idColumn())).append("::text AS ").append(quote(layer.idColumn()));
        }
        for (LayerAttribute a : layer.attributes()) {
            sb.append(", ").append(quote(a.name()));
            if (a.type() == AttributeType.DATE) {
                sb.append("::text AS ").append(quote(a.name()));
            }
        }
        return sb.toString();
    }
}
