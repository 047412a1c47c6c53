package cl.sit.investment;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** What a project's page reads, on PostGIS ({@code SIT_TEST_POSTGIS_URL}). */
@RequiresPostgis
class PostgisProjectSheetIT extends AbstractProjectSheetIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
