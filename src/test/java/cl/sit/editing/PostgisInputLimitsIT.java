package cl.sit.editing;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bounded writes on PostGIS. */
@RequiresPostgis
class PostgisInputLimitsIT extends AbstractInputLimitsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
