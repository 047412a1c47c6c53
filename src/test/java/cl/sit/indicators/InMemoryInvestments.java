package cl.sit.indicators;

import java.util.List;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In-memory investment data for the dashboard slice: two communes, two programmes, one year with amounts, three
 * projects and some investment outside every commune, whatever the filters (filtering is the store's, tested on both
 * databases by the ITs); the data are illustrative.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryInvestments {

    static final List<DashboardStore.Project> PROJECTS = List.of(
            new DashboardStore.Project(1, "30000001-0", "Puente Sur", "FNDR", "Transporte", "Ejecución", 2e9),
            new DashboardStore.Project(2, "30000002-0", "Posta Rural", "FNDR", "Salud", "Diseño", 6e8),
            new DashboardStore.Project(3, "30000003-0", "Sede Social", "FRIL", "Vivienda", "Ejecución", 4e8));

    @Bean
    DashboardData dashboardData() {
        return new DashboardData() {
            @Override
            public List<DashboardStore.Group> groups(DashboardQuery q, DashboardDimension by) {
                if (by == null) {
                    return List.of(new DashboardStore.Group("total", 3e9, 3));
                }
                return switch (by) {
                    case PROGRAMME ->
                        List.of(new DashboardStore.Group("FRIL", 4e8, 1), new DashboardStore.Group("FNDR", 2.6e9, 2));
                    case YEAR -> List.of(new DashboardStore.Group("2020", 3e9, 3));
                    case COMMUNE ->
                        List.of(new DashboardStore.Group("14102", 1e9, 1), new DashboardStore.Group("14101", 2e9, 2));
                    default -> List.of();
                };
            }

            @Override
            public List<DashboardStore.Project> largest(DashboardQuery q) {
                return PROJECTS.subList(0, Math.min(q.limit(), PROJECTS.size()));
            }

            @Override
            public DashboardStore.Group outside(DashboardQuery q) {
                return new DashboardStore.Group(null, 5e7, 1);
            }

            @Override
            public Map<String, String> communes() {
                return Map.of("14101", "Valdivia", "14102", "Corral");
            }
        };
    }

    @Bean
    IllustrativeData illustrative() {
        return () -> true;
    }
}
