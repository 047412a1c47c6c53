package cl.sit.http;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** HTTP caching on PostGIS ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
class PostgisHttpCachingIT extends AbstractHttpCachingIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
