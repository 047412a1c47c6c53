package cl.sit.layer;

import cl.sit.storage.SqlFiles;
import cl.sit.system.ErrorCode;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes layers' styles ({@link LayerStyleRules}): an admin's edit, and at start-up the classes a template gained
 * for layers made from it before (their style is updated only while it is still the template's own, so an
 * admin's colours are never overwritten). A new style raises the layer's generation: collection documents and
 * their ETags follow at once.
 */
@Component
class LayerStyles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LayerStyles.class);

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerRegistry registry;
    private final LayerGenerations generations;
    private final LayerTemplates templates;
    private final ObjectMapper json;

    LayerStyles(
            JdbcTemplate jdbc,
            SqlFiles sql,
            LayerRegistry registry,
            LayerGenerations generations,
            LayerTemplates templates,
            ObjectMapper json) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.registry = registry;
        this.generations = generations;
        this.templates = templates;
        this.json = json;
    }

    /** Replaces a layer's style; 404 for an unknown layer, 422 for a style {@link LayerStyleRules} refuses. */
    @Transactional
    public Layer update(String layerId, JsonNode style, String user) {
        Layer layer = registry.find(layerId)
                .orElseThrow(() -> ErrorCode.NOT_FOUND.exception("No existe la capa «" + layerId + "»"));
        LayerStyleRules.check(style, layer.attributes());
        write(layerId, style);
        log.info("Style of layer {} changed by {}", layerId, user);
        registry.refresh();
        return registry.find(layerId).orElseThrow();
    }

    /** Start-up: layers still in their template's style, without the classes it has since gained, get them. */
    @Override
    public void run(ApplicationArguments args) {
        record Stored(String id, String template, String style) {}
        List<Stored> stored = jdbc.query(
                sql.get(LayerStyles.class, "select-template-styles"),
                (rs, i) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3)));
        boolean changed = false;
        for (Stored s : stored) {
            JsonNode now = json.readTree(s.style());
            JsonNode wanted =
                    templates.find(s.template()).map(LayerDefinition::style).orElse(null);
            if (wanted == null || !wanted.has("categories") || now.has("categories")) {
                continue;
            }
            ObjectNode without = ((ObjectNode) wanted.deepCopy());
            without.remove("categories");
            if (without.equals(now)) {
                write(s.id(), wanted);
                log.info("Layer {} takes the classes of its template {}", s.id(), s.template());
                changed = true;
            }
        }
        if (changed) {
            registry.refresh();
        }
    }

    private void write(String layerId, JsonNode style) {
        jdbc.update(sql.get(LayerStyles.class, "update-style"), json.writeValueAsString(style), layerId);
        generations.bump(layerId);
    }
}
