package cl.sit.profile;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Territory profiles on PostGIS. */
@RequiresPostgis
class PostgisTerritoryProfileIT extends AbstractTerritoryProfileIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}
