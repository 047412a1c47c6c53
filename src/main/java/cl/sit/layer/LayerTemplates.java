package cl.sit.layer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** The layer templates shipped in {@code data/agenda21/plantillas.json}: the Agenda 21 package. */
@Component
public class LayerTemplates {

    private static final String FILE = "seed/agenda21/plantillas.json";

    private final List<LayerDefinition> templates;

    LayerTemplates(ObjectMapper json) {
        try (InputStream in = LayerTemplates.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + FILE);
            }
            JsonNode root = json.readTree(in);
            String packageName = root.get("package").asString();
            String source = root.get("source").asString();
            List<LayerDefinition> out = new ArrayList<>();
            for (JsonNode t : root.get("templates")) {
                out.add(new LayerDefinition(
                        t.get("id").asString(),
                        t.get("table").asString(),
                        t.get("title").asString(),
                        t.get("description").asString(),
                        t.get("geometryType").asString(),
                        AttributeSchema.read(t.get("attributes"), AttributeSchema.Names.STORED),
                        t.get("style"),
                        packageName,
                        t.get("id").asString(),
                        source));
            }
            this.templates = List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<LayerDefinition> all() {
        return templates;
    }

    public Optional<LayerDefinition> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
