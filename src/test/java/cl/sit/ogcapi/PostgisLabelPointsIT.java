package cl.sit.ogcapi;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Label points on PostGIS ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
class PostgisLabelPointsIT extends AbstractLabelPointsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
