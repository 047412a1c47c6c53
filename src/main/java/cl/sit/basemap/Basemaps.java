package cl.sit.basemap;

import cl.sit.system.ImageSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The base maps, in the order the page tries them (the first whose tiles load is shown): {@code sit.basemaps}
 * ({@code SIT_BASEMAPS}) as a JSON array of {@link Basemap}, or {@code []} for none (the page then draws its
 * offline background from SIT's own layers), or else OpenStreetMap and Esri World Imagery
 * ({@code default-basemaps.json}). A wrong list stops SIT at start with the rule it breaks.
 */
@Component
class Basemaps implements ImageSources {

    private static final TypeReference<List<Basemap>> LIST = new TypeReference<>() {};

    private final List<Basemap> all;

    Basemaps(@Value("${sit.basemaps:}") String configured) {
        this.all = parse(configured.isBlank() ? defaults() : configured);
    }

    List<Basemap> all() {
        return all;
    }

    @Override
    public List<String> origins() {
        return all.stream()
                .map(Basemap::origin)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    static List<Basemap> parse(String json) {
        List<Basemap> list;
        try {
            list = JsonMapper.shared().readValue(json, LIST);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "SIT_BASEMAPS no es un arreglo JSON de mapas base: " + e.getOriginalMessage(), e);
        }
        if (list == null || list.size() > 20) {
            throw new IllegalArgumentException("SIT_BASEMAPS: entre 0 y 20 mapas base");
        }
        if (list.stream().map(Basemap::id).distinct().count() != list.size()) {
            throw new IllegalArgumentException("SIT_BASEMAPS: cada mapa base necesita un id distinto");
        }
        return list.stream().map(Basemap::checked).toList();
    }

    private static String defaults() {
        try (InputStream in = Basemaps.class.getResourceAsStream("default-basemaps.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
