package cl.sit.agenda21;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Agenda 21 dashboard and review workflow on H2GIS. */
class H2gisAgenda21DashboardIT extends AbstractAgenda21DashboardIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}
