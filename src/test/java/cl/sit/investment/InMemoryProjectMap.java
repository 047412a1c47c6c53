package cl.sit.investment;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerRegistry;
import cl.sit.tiles.TileOptions;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The investment map over {@link InMemoryProjects} for the map slice: the layer {@code proyectos-inversion} with the
 * attributes its filters read (programme, sector, stage; start and end years), the form and counts of those
 * projects, the point query that answers every project under the filter and keeps what it was asked, and a search by
 * BIP code prefix or name. How the database finds them is tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryProjectMap {

    static final Layer LAYER = new Layer(
            InvestmentWriter.LAYER_ID,
            "Proyectos de inversión",
            "Proyectos de prueba.",
            "investment_project",
            "id",
            "Geometry",
            List.of(
                    new LayerAttribute("programa", AttributeType.STRING, "Programa"),
                    new LayerAttribute("sector", AttributeType.STRING, "Sector"),
                    new LayerAttribute("etapa", AttributeType.STRING, "Etapa"),
                    new LayerAttribute("anio_inicio", AttributeType.INTEGER, "Año de inicio"),
                    new LayerAttribute("anio_fin", AttributeType.INTEGER, "Año de término"),
                    new LayerAttribute("costo_total_clp", AttributeType.NUMBER, "Costo total")),
            null,
            true,
            "Prueba",
            true);

    /** What the last point query was asked. */
    record PointQuery(double lon, double lat, double zoom, double tolerancePx, TileOptions filter, int limit) {}

    static class Points implements ProjectMapData {

        final AtomicReference<PointQuery> lastPoint = new AtomicReference<>();

        static Stream<ProjectCatalog.Project> shown(TileOptions filter) {
            return InMemoryProjects.PROJECTS.stream()
                    .filter(p -> filter.equalTo()
                            .getOrDefault("programa", p.programme())
                            .equals(p.programme()))
                    .filter(p ->
                            filter.equalTo().getOrDefault("sector", p.sector()).equals(p.sector()))
                    .filter(p -> filter.from() == null || p.endYear() >= filter.from())
                    .filter(p -> filter.to() == null || p.startYear() <= filter.to());
        }

        static ProjectMap.Found found(ProjectCatalog.Project p, double[] bbox) {
            return new ProjectMap.Found(p.id(), p.name(), p.bipCode(), p.programme(), bbox);
        }

        @Override
        public ProjectMap.Form form() {
            return new ProjectMap.Form(
                    InMemoryProjects.PROJECTS.size(),
                    2020,
                    2026,
                    Map.of(
                            "programa",
                            List.of(
                                    new ProjectMap.Value("FNDR", 2),
                                    new ProjectMap.Value("FRIL", 1),
                                    new ProjectMap.Value("MOP", 1))));
        }

        @Override
        public ProjectMap.Count count(TileOptions filter) {
            long shown = shown(filter).count();
            return new ProjectMap.Count(InMemoryProjects.PROJECTS.size(), shown, shown / 2, shown - shown / 2);
        }

        @Override
        public List<ProjectMap.Found> at(
                double lon, double lat, double zoom, double tolerancePx, TileOptions filter, int limit) {
            lastPoint.set(new PointQuery(lon, lat, zoom, tolerancePx, filter, limit));
            return shown(filter).limit(limit).map(p -> found(p, null)).toList();
        }

        @Override
        public List<ProjectMap.Found> search(String q, int limit) {
            String folded = q.toLowerCase(Locale.ROOT);
            return InMemoryProjects.PROJECTS.stream()
                    .filter(p -> p.bipCode().startsWith(q.strip())
                            || p.name().toLowerCase(Locale.ROOT).contains(folded))
                    .limit(limit)
                    .map(p -> found(p, new double[] {-73.3, -39.9, -73.2, -39.8}))
                    .toList();
        }
    }

    @Bean
    Points projectMap() {
        return new Points();
    }

    @Bean
    LayerRegistry investmentLayer() {
        return new LayerRegistry() {
            @Override
            public List<Layer> all() {
                return List.of(LAYER);
            }

            @Override
            public Optional<Layer> find(String id) {
                return all().stream().filter(l -> l.id().equals(id)).findFirst();
            }

            @Override
            public void refresh() {}
        };
    }
}
