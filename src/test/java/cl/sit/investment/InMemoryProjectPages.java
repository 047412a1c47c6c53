package cl.sit.investment;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.FixedLayerRegistry;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.ListFeatureStore;
import cl.sit.web.Pages;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In-memory investment projects for the page slices: the layer {@code proyectos-inversion} with a real project
 * ({@link #BRIDGE}, a point, every attribute), an illustrative one whose name and institution are
 * {@link Pages#HOSTILE} ({@link #HOSTILE}, no location, no BIP code, no cost), and whether illustrative projects are
 * stored ({@link Illustrative#stored}, settable).
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryProjectPages {

    static final int BRIDGE = 7;
    static final int HOSTILE = 8;

    @Bean
    LayerRegistry layerRegistry() {
        return new FixedLayerRegistry(new Layer(
                InvestmentWriter.LAYER_ID,
                "Proyectos de inversión",
                "",
                "proyectos_inversion",
                "id",
                "Geometry",
                List.of(),
                null,
                false,
                "Prueba",
                true));
    }

    @Bean
    FeatureStore featureStore() {
        Map<String, Object> bridge = new LinkedHashMap<>();
        bridge.put("nombre", "Puente Cau Cau");
        bridge.put("codigo_bip", "30123456-0");
        bridge.put("programa", "FNDR");
        bridge.put("fuente_financiamiento", "FNDR");
        bridge.put("sector", "Transporte");
        bridge.put("etapa", "ejecución");
        bridge.put("estado", "en ejecución");
        bridge.put("institucion", "Gobierno Regional");
        bridge.put("eje_estrategico", "Conectividad");
        bridge.put("costo_total_clp", 1_250_000_000L);
        bridge.put("anio_inicio", 2020);
        bridge.put("anio_fin", 2022);
        bridge.put("comuna_declarada", "14101");
        bridge.put("fuente_datos", "Registro BIP");
        bridge.put(Layer.ILLUSTRATIVE_COLUMN, false);
        Map<String, Object> hostile = new LinkedHashMap<>();
        hostile.put("nombre", Pages.HOSTILE);
        hostile.put("institucion", Pages.HOSTILE);
        hostile.put("anio_inicio", 2021);
        hostile.put(Layer.ILLUSTRATIVE_COLUMN, true);
        return new ListFeatureStore(List.of(
                new Feature(BRIDGE, bridge, new GeometryFactory().createPoint(new Coordinate(-73.2, -39.8))),
                new Feature(HOSTILE, hostile, null)));
    }

    @Bean
    Illustrative illustrative() {
        return new Illustrative();
    }

    /** Whether illustrative projects are stored: yes until a test says otherwise (no project is looked up by id). */
    static final class Illustrative implements ProjectLookup {

        volatile boolean stored = true;

        @Override
        public List<ProjectCatalog.Project> of(Collection<Integer> ids) {
            return List.of();
        }

        @Override
        public boolean anyIllustrative() {
            return stored;
        }
    }
}
