package cl.sit.agenda21;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The Agenda 21 dashboard and review workflow on PostGIS (the shared test database; the test cleans up). */
@RequiresPostgis
class PostgisAgenda21DashboardIT extends AbstractAgenda21DashboardIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
