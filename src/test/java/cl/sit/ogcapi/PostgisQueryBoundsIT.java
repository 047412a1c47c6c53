package cl.sit.ogcapi;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Queries at and beyond the edges on PostGIS ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
class PostgisQueryBoundsIT extends AbstractQueryBoundsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
