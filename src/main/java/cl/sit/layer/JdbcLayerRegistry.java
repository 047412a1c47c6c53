package cl.sit.layer;

import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The layer registry kept in the {@code layer} table, read at start and again whenever layers are created. An
 * editable layer's table also has the columns SIT keeps (owning commune, version, illustrative flag); they are
 * added here as read-only attributes, ahead of the layer's own schema.
 */
@Component
class JdbcLayerRegistry implements LayerRegistry {

    private static final List<LayerAttribute> EDITABLE_SYSTEM_ATTRIBUTES = List.of(
            new LayerAttribute(
                    Layer.OWNER_COLUMN, AttributeType.STRING, "Comuna (CUT)", true, List.of(), null, null, null, true),
            new LayerAttribute(
                    Layer.VERSION_COLUMN, AttributeType.INTEGER, "Versión", true, List.of(), null, null, null, true),
            new LayerAttribute(
                    Layer.ILLUSTRATIVE_COLUMN,
                    AttributeType.BOOLEAN,
                    "Ilustrativo",
                    true,
                    List.of(),
                    null,
                    null,
                    null,
                    true));

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final ObjectMapper json;
    private volatile List<Layer> layers;

    JdbcLayerRegistry(JdbcTemplate jdbc, SqlFiles sql, ObjectMapper json) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.json = json;
        refresh();
    }

    @Override
    public List<Layer> all() {
        return layers;
    }

    @Override
    public Optional<Layer> find(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public void refresh() {
        this.layers = List.copyOf(jdbc.query(sql.get(JdbcLayerRegistry.class, "select-layers"), (rs, i) -> {
            boolean editable = rs.getBoolean("editable");
            List<LayerAttribute> attributes = new ArrayList<>(editable ? EDITABLE_SYSTEM_ATTRIBUTES : List.of());
            attributes.addAll(
                    AttributeSchema.read(json.readTree(rs.getString("attributes")), AttributeSchema.Names.STORED));
            return new Layer(
                    rs.getString("id"),
                    rs.getString("title"),
                    rs.getString("description"),
                    checked(rs.getString("table_name")),
                    checked(rs.getString("id_column")),
                    rs.getString("geometry_type"),
                    attributes,
                    json.readTree(rs.getString("style")),
                    rs.getBoolean("illustrative"),
                    rs.getString("source"),
                    rs.getBoolean("default_visible"),
                    editable,
                    rs.getString("package_name"));
        }));
    }

    private static String checked(String identifier) {
        return AttributeSchema.plain(identifier);
    }
}
