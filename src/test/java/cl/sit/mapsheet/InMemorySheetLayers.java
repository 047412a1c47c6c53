package cl.sit.mapsheet;

import cl.sit.geometry.Geometries;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.layer.ListFeatureStore;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The real {@link MapSheets} over in-memory layers for the map sheet slice: a point layer {@link #SCHOOLS} shown at
 * start with one school in Valdivia, and a table without geometry {@link #TABLE}; every reader sees everything.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(MapSheets.class)
class InMemorySheetLayers {

    static final String SCHOOLS = "escuelas";
    static final String TABLE = "poblacion-edad";

    @Bean
    LayerRegistry layerRegistry() {
        return new FixedLayerRegistry(
                new Layer(SCHOOLS, "Escuelas", "", SCHOOLS, "id", "Point", List.of(), null, false, "Mineduc", true),
                new Layer(TABLE, "Población por edad", "", TABLE, "id", "None", List.of(), null, false, "INE", false));
    }

    @Bean
    FeatureStore featureStore() {
        return new ListFeatureStore(List.of(new Feature(
                1L,
                Map.of("nombre", "Escuela Teniente Merino"),
                Geometries.FACTORY.createPoint(new Coordinate(-73.24, -39.82)))));
    }

    @Bean
    LayerVisibility visibility() {
        return layer -> null;
    }
}
