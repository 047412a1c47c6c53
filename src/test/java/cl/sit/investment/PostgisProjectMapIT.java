package cl.sit.investment;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The map's investment endpoints on PostGIS ({@code SIT_TEST_POSTGIS_URL}). */
@RequiresPostgis
class PostgisProjectMapIT extends AbstractProjectMapIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
