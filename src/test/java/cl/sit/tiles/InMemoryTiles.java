package cl.sit.tiles;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cl.sit.geometry.Geometries;
import cl.sit.http.HttpCaching;
import cl.sit.layer.AttributeType;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.layer.ListFeatureStore;
import cl.sit.system.SitProperties;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * In-memory tiles for the tiles slice, with the application's HTTP caching and tile cache (off): a point layer
 * {@link #PROJECTS} (text attribute {@code sector}, years {@code anio_inicio} and {@code anio_fin}, one project in
 * Valdivia) and a table without geometry {@link #TABLE}. The tile store answers every tile with its coordinates as
 * bytes, except the tiles of zoom 1, which are empty, and keeps what it was asked ({@link Tiles#asked}); rendering
 * MVT is the stores' (tested on both databases by the ITs). The layers' generation is {@link #GENERATION}.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SitProperties.class)
@Import({HttpCaching.class, TileCache.class})
class InMemoryTiles {

    static final String PROJECTS = "proyectos";
    static final String TABLE = "poblacion-edad";
    static final Generation GENERATION = new Generation(7, OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC));

    @Bean
    LayerRegistry layerRegistry() {
        return new FixedLayerRegistry(
                new Layer(
                        PROJECTS,
                        "Proyectos",
                        "Proyectos de inversión.",
                        PROJECTS,
                        "id",
                        "Point",
                        List.of(
                                new LayerAttribute("sector", AttributeType.STRING, "Sector"),
                                new LayerAttribute(TileOptions.START_YEAR, AttributeType.INTEGER, "Año de inicio"),
                                new LayerAttribute(TileOptions.END_YEAR, AttributeType.INTEGER, "Año de término")),
                        null,
                        true,
                        "SIT",
                        true),
                new Layer(TABLE, "Población por edad", "", TABLE, "id", "None", List.of(), null, false, "INE", false));
    }

    @Bean
    FeatureStore featureStore() {
        return new ListFeatureStore(List.of(new Feature(
                1L,
                Map.of("sector", "Salud", TileOptions.START_YEAR, 2020, TileOptions.END_YEAR, 2022),
                Geometries.FACTORY.createPoint(new Coordinate(-73.24, -39.82)))));
    }

    @Bean
    LayerVisibility layerVisibility() {
        return layer -> null;
    }

    @Bean
    LayerGenerations layerGenerations() {
        LayerGenerations generations = mock(LayerGenerations.class);
        when(generations.of(anyString())).thenReturn(GENERATION);
        when(generations.all()).thenReturn(Map.of(PROJECTS, GENERATION));
        return generations;
    }

    @Bean
    Tiles tiles() {
        return new Tiles();
    }

    /** Tiles named by their coordinates; zoom 1 is empty. */
    static final class Tiles implements TileStore {

        final List<TileOptions> asked = new ArrayList<>();

        @Override
        public synchronized Rendered tile(Layer layer, TileCoordinates tile, Set<String> owners, TileOptions options) {
            asked.add(options);
            String name = layer.id() + "/" + tile.z() + "/" + tile.x() + "/" + tile.y();
            return new Rendered(tile.z() == 1 ? new byte[0] : name.getBytes(StandardCharsets.UTF_8), GENERATION);
        }

        synchronized TileOptions last() {
            return asked.get(asked.size() - 1);
        }
    }
}
