package cl.sit.investment;

import cl.sit.territory.InMemoryUnitCodes;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Four illustrative projects, two in Valdivia, one in Corral and one in both, looked up by id (any illustrative: yes), and the distances
 * the stored alerts were computed for: what the screening and overlap slices need of the investment data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryProjects {

    public static final double SCREENING_MAX_M = 5000;
    public static final double OVERLAP_DISTANCE_M = 500;

    public static final List<ProjectCatalog.Project> PROJECTS = List.of(
            project(1, "Puente Sur", "FNDR", "Transporte", Set.of(InMemoryUnitCodes.VALDIVIA)),
            project(2, "Posta Rural", "FRIL", "Salud", Set.of(InMemoryUnitCodes.VALDIVIA)),
            project(3, "Sede Social", "FNDR", "Vivienda", Set.of(InMemoryUnitCodes.CORRAL)),
            project(
                    4,
                    "Camino Costero",
                    "MOP",
                    "Transporte",
                    Set.of(InMemoryUnitCodes.VALDIVIA, InMemoryUnitCodes.CORRAL)));

    static ProjectCatalog.Project project(int id, String name, String programme, String sector, Set<String> communes) {
        return new ProjectCatalog.Project(
                id, "3000000" + id + "-0", name, programme, sector, 2019 + id, 2022 + id, communes, null);
    }

    /** The project with this id (the test data has no gaps). */
    public static ProjectCatalog.Project get(int id) {
        return PROJECTS.get(id - 1);
    }

    @Bean
    ProjectLookup projectLookup() {
        return new ProjectLookup() {
            @Override
            public List<ProjectCatalog.Project> of(Collection<Integer> ids) {
                return PROJECTS.stream().filter(p -> ids.contains(p.id())).toList();
            }

            @Override
            public boolean anyIllustrative() {
                return true;
            }
        };
    }

    @Bean
    AlertDistances alertDistances() {
        return new AlertDistances() {
            @Override
            public double screeningMaxM() {
                return SCREENING_MAX_M;
            }

            @Override
            public double overlapDistanceM() {
                return OVERLAP_DISTANCE_M;
            }
        };
    }
}
