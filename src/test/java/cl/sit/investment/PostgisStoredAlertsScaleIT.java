package cl.sit.investment;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Stored screening and overlap pages at 20,000 projects on PostGIS. */
@RequiresPostgis
class PostgisStoredAlertsScaleIT extends AbstractStoredAlertsScaleIT {

    @Override
    boolean shared() {
        return true;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
