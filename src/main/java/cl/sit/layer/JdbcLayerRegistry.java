package cl.sit.layer;

import cl.sit.storage.Identifiers;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The layer registry kept in the {@code layer} table, read once at start. */
@Component
class JdbcLayerRegistry implements LayerRegistry {

    private final List<Layer> layers;

    JdbcLayerRegistry(JdbcTemplate jdbc, SqlFiles sql, ObjectMapper json) {
        this.layers = List.copyOf(jdbc.query(sql.get(JdbcLayerRegistry.class, "select-layers"),
                (rs, i) -> new Layer(
                        rs.getString("id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        checked(rs.getString("table_name")),
                        checked(rs.getString("id_column")),
                        rs.getString("geometry_type"),
                        attributes(json.readTree(rs.getString("attributes"))),
                        json.readTree(rs.getString("style")),
                        rs.getBoolean("illustrative"),
                        rs.getString("source"),
                        rs.getBoolean("default_visible"))));
    }

    @Override
    public List<Layer> all() {
        return layers;
    }

    @Override
    public Optional<Layer> find(String id) {
        return layers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    private static List<LayerAttribute> attributes(JsonNode schema) {
        List<LayerAttribute> out = new ArrayList<>();
        for (JsonNode a : schema) {
            out.add(new LayerAttribute(checked(a.get("name").asString()),
                    AttributeType.fromJsonName(a.get("type").asString()), a.get("title").asString()));
        }
        return out;
    }

    private static String checked(String identifier) {
        if (!Identifiers.isPlain(identifier)) {
            throw new IllegalStateException("Layer registry holds an unsafe SQL name: " + identifier);
        }
        return identifier;
    }
}
