package cl.sit.ogcapi;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cl.sit.geometry.Geometries;
import cl.sit.layer.AttributeType;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerHistory;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.layer.ListFeatureStore;
import cl.sit.system.SitProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The stores behind the OGC API controllers, in memory, for {@code @WebMvcTest} slices: two small read-only layers
 * (three communes as squares, and a table without geometry), no database and no seeded application. The layer
 * generations (a JDBC class, not an interface) are a mock that answers "never changed".
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableConfigurationProperties(SitProperties.class)
class InMemoryLayers {

    static final String COMMUNES = "comunas-prueba";
    static final String TABLE = "tabla-prueba";

    static final Layer COMMUNE_LAYER = new Layer(
            COMMUNES,
            "Comunas de prueba",
            "Tres comunas cuadradas.",
            "comunas_prueba",
            "id",
            "MultiPolygon",
            List.of(
                    new LayerAttribute("codigo", AttributeType.STRING, "Código"),
                    new LayerAttribute("nombre", AttributeType.STRING, "Nombre"),
                    new LayerAttribute("poblacion", AttributeType.INTEGER, "Población")),
            null,
            false,
            "Prueba",
            true);
    static final Layer TABLE_LAYER = new Layer(
            TABLE,
            "Tabla de prueba",
            "Sin geometría.",
            "tabla_prueba",
            "id",
            "None",
            List.of(new LayerAttribute("valor", AttributeType.NUMBER, "Valor")),
            null,
            true,
            "Prueba",
            false);

    static final List<Feature> COMMUNE_FEATURES = List.of(
            commune(1, "14101", "Valdivia", 176_774, -73.3, -39.9),
            commune(2, "14102", "Corral", 5_302, -73.5, -40.0),
            commune(3, "14103", "Lanco", 17_652, -72.8, -39.5));

    @Bean
    LayerRegistry layerRegistry() {
        return new FixedLayerRegistry(COMMUNE_LAYER, TABLE_LAYER);
    }

    /** The communes, whatever the layer asked (the table layer is empty: its extent is none). */
    @Bean
    FeatureStore featureStore() {
        FeatureStore communes = new ListFeatureStore(COMMUNE_FEATURES);
        FeatureStore empty = new ListFeatureStore(List.of());
        return new FeatureStore() {
            private FeatureStore of(Layer layer) {
                return layer.id().equals(COMMUNES) ? communes : empty;
            }

            @Override
            public long count(Layer layer, cl.sit.layer.FeatureQuery query) {
                return of(layer).count(layer, query);
            }

            @Override
            public int forEach(
                    Layer layer, cl.sit.layer.FeatureQuery query, java.util.function.Consumer<Feature> sink) {
                return of(layer).forEach(layer, query, sink);
            }

            @Override
            public Optional<Feature> findById(Layer layer, String id) {
                return of(layer).findById(layer, id);
            }

            @Override
            public Optional<Envelope> extent(Layer layer, java.util.Set<String> owners) {
                return of(layer).extent(layer, owners);
            }

            @Override
            public boolean anyIllustrative(Layer layer) {
                return of(layer).anyIllustrative(layer);
            }
        };
    }

    /** Every reader sees everything (visibility of editable layers is an integration concern). */
    @Bean
    LayerVisibility layerVisibility() {
        return layer -> null;
    }

    @Bean
    LayerHistory layerHistory() {
        return (layer, at, owners) -> List.of();
    }

    @Bean
    LayerGenerations layerGenerations() {
        LayerGenerations generations = mock(LayerGenerations.class);
        when(generations.of(anyString())).thenReturn(LayerGenerations.Generation.NONE);
        when(generations.all()).thenReturn(Map.of());
        return generations;
    }

    private static Feature commune(long id, String code, String name, int population, double west, double south) {
        Geometry square = Geometries.FACTORY.createMultiPolygon(new org.locationtech.jts.geom.Polygon[] {
            Geometries.FACTORY.createPolygon(new Coordinate[] {
                new Coordinate(west, south),
                new Coordinate(west + 0.1, south),
                new Coordinate(west + 0.1, south + 0.1),
                new Coordinate(west, south + 0.1),
                new Coordinate(west, south)
            })
        });
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("codigo", code);
        properties.put("nombre", name);
        properties.put("poblacion", population);
        return new Feature(id, properties, square);
    }
}
